package vn.edoc.routing;

import java.util.ArrayList;
import java.util.List;
import vn.edoc.audit.Canonical;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.DocumentSigner;

/** A test double of the organisation's signature: marks the document signed and gives the main file a new hash. */
final class FakeSigner implements DocumentSigner {

    int calls;

    @Override
    public Document sign(Document document, OrganCode organisation) {
        calls++;
        List<Attachment> files = new ArrayList<>();
        for (Attachment a : document.attachments()) {
            files.add(a.isMain() ? new Attachment(a.name(), a.mediaType(), a.size() + 4096,
                    Canonical.of("fake-signature").text(a.sha256()).text(organisation.value()).sha256Hex(),
                    a.role()) : a);
        }
        return document.toBuilder().attachments(files).signed(true).build();
    }
}
