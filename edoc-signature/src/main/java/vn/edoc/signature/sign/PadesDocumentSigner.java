package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SigningRequest;

/**
 * The {@link DocumentSigner} of edoc-signature: signs the PDF of a {@link SigningRequest} as a PAdES signature with
 * the visible signature its role calls for, reading and writing the files through the {@link ContentStore}. The
 * file is spooled to temporary files (deleted afterwards) so that a large PDF is never held in memory, and the
 * signing time is the request's.
 *
 * <p>Which key signs is the integrator's {@link KeyResolver}: a person's token, the organisation's HSM.
 */
public final class PadesDocumentSigner implements DocumentSigner {

    /** The key that signs a request: the signer's own key for a person, the organisation's for the others. */
    @FunctionalInterface
    public interface KeyResolver {
        /**
         * The key for {@code request}.
         *
         * @throws vn.edoc.validation.EdocRuleException with {@link SigningViolation#KEY_UNAVAILABLE} when none
         */
        SigningKey keyFor(SigningRequest request);
    }

    private final PadesSigner signer;
    private final KeyResolver keys;
    private final AppearancePolicy appearances;
    private final SignatureParameters parameters;

    /**
     * A document signer.
     *
     * @param signer      the PAdES signer (time-stamping and revocation configured there)
     * @param keys        which key signs each request
     * @param appearances which appearance each request gets
     * @param parameters  level, digest and texts; their appearance is replaced by the policy's
     */
    public PadesDocumentSigner(PadesSigner signer, KeyResolver keys, AppearancePolicy appearances,
                               SignatureParameters parameters) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.appearances = Objects.requireNonNull(appearances, "appearances");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public ContentRef sign(SigningRequest request, ContentStore contents) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(contents, "contents");
        SignatureParameters p = appearances.appearanceFor(request).map(parameters::withAppearance)
                .orElse(parameters);
        SigningKey key = keys.keyFor(request);
        Path in = null;
        Path out = null;
        try {
            in = Files.createTempFile("edoc-sign-in", ".pdf");
            out = Files.createTempFile("edoc-sign-out", ".pdf");
            try (InputStream content = contents.open(request.content())) {
                Files.copy(content, in, StandardCopyOption.REPLACE_EXISTING);
            }
            signer.at(request.time()).sign(in, out, key, p);
            try (InputStream signed = Files.newInputStream(out)) {
                return contents.put(signed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PadesSigner.deleteQuietly(in);
            PadesSigner.deleteQuietly(out);
        }
    }
}
