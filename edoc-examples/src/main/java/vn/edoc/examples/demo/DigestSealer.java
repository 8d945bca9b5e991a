package vn.edoc.examples.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.internal.content.Sha256;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;

/**
 * The demo's stand-in for the organisation's digital signature (chữ ký số của cơ quan): it is NOT a signature. It
 * reads the main file from the {@link ContentStore}, appends a PDF comment line recording the file's SHA-256
 * digest, the organisation and the time, and stores the result, so the file gets a new size and digest as the
 * {@link DocumentSigner} contract asks. Nobody can verify it with a certificate: PAdES signing (with the visible
 * appearance of Decree 30/2020 Phụ lục I) arrives with the {@code edoc-signature} module, and the demo says so
 * wherever this class is used.
 */
public final class DigestSealer implements DocumentSigner {

    /**
     * One seal (dấu băm) applied.
     *
     * @param file           the main file's name
     * @param organisation   the organisation sealing
     * @param sealedAt       when
     * @param contentSha256  the digest of the file as drafted, the value recorded
     * @param sealedSha256   the digest of the file with the seal line appended
     * @param sealedSize     its size in bytes
     */
    public record Seal(String file, OrganCode organisation, Instant sealedAt, String contentSha256,
                       String sealedSha256, long sealedSize) {

        /** The sealed file's reference in the content store. */
        public ContentRef sealed() {
            return new ContentRef(sealedSha256, sealedSize);
        }
    }

    private final Clock clock;
    private final ContentStore content;
    private final List<Seal> seals = new ArrayList<>();

    /** A sealer taking its times from {@code clock} and the files from {@code content}. */
    public DigestSealer(Clock clock, ContentStore content) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** Stores {@code bytes} in the content store and returns their description as the main file {@code name}. */
    public Attachment store(String name, byte[] bytes) {
        ContentRef ref = content.put(new ByteArrayInputStream(bytes));
        return new Attachment(name, "application/pdf", ref.size(), ref.sha256(), Attachment.Role.MAIN);
    }

    /** The seals applied so far, oldest first. */
    public synchronized List<Seal> seals() {
        return List.copyOf(seals);
    }

    @Override
    public synchronized Document sign(Document document, OrganCode organisation) {
        Attachment main = document.mainFile().orElseThrow(() -> new IllegalStateException("no main file to seal"));
        byte[] original;
        try (InputStream in = content.open(new ContentRef(main.sha256(), main.size()))) {
            original = in.readAllBytes();
        } catch (ContentException e) {
            throw new IllegalStateException("the file " + main.name() + " cannot be read from the content store: "
                    + e.reason(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = clock.instant();
        String line = "%edoc-demo digest seal, NOT a digital signature: sha256=" + main.sha256() + " organ="
                + organisation.value() + " at=" + now + "\n";
        byte[] tail = line.getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = new byte[original.length + tail.length];
        System.arraycopy(original, 0, sealed, 0, original.length);
        System.arraycopy(tail, 0, sealed, original.length, tail.length);
        ContentRef ref = content.put(new ByteArrayInputStream(sealed));
        seals.add(new Seal(main.name(), organisation, now, main.sha256(), ref.sha256(), ref.size()));
        List<Attachment> attachments = new ArrayList<>();
        for (Attachment a : document.attachments()) {
            attachments.add(a.isMain() ? new Attachment(a.name(), a.mediaType(), ref.size(), ref.sha256(), a.role())
                    : a);
        }
        return document.toBuilder().attachments(attachments).signed(true).build();
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }
}
