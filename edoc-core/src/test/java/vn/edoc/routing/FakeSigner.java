package vn.edoc.routing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.audit.Canonical;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;

/**
 * A test double of the signer: stores a "signed file" derived from the request (so the reference changes and is
 * stored) without reading the original, which the flow tests describe by digest only.
 */
final class FakeSigner implements DocumentSigner {

    /** Signatures made as the organisation. */
    int calls;
    /** Every request, in order. */
    final List<SigningRequest> requests = new ArrayList<>();

    @Override
    public synchronized ContentRef sign(SigningRequest request, ContentStore contents) {
        if (request.role() == SignatureRole.ORGANISATION) {
            calls++;
        }
        requests.add(request);
        String signed = Canonical.of("fake-signature").text(request.content().sha256())
                .text(request.role().name()).text(request.organisation().value()).sha256Hex();
        return contents.put(new ByteArrayInputStream(signed.getBytes(StandardCharsets.US_ASCII)));
    }
}
