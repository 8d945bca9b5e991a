package vn.edoc.examples.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.DocumentSigner;

/**
 * The demo's stand-in for the organisation's digital signature (chữ ký số của cơ quan): it is NOT a signature. It
 * records the SHA-256 digest of the main file, the organisation and the time, and appends that record to the file as
 * a PDF comment line, so the file gets a new size and digest as the {@link DocumentSigner} contract asks. Nobody can
 * verify it with a certificate: PAdES signing (with the visible appearance of Decree 30/2020 Phụ lục I) arrives with
 * the {@code edoc-signature} module, and the demo says so wherever this class is used.
 *
 * <p>It also keeps the files (kho tệp) of the demo by their SHA-256, since a {@link Document} carries only the
 * description of its attachments.
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
     */
    public record Seal(String file, OrganCode organisation, Instant sealedAt, String contentSha256,
                       String sealedSha256) {
    }

    private final Clock clock;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<Seal> seals = new ArrayList<>();

    /** A sealer taking its times from {@code clock}. */
    public DigestSealer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps {@code bytes} as the file {@code name} and returns its description as the main file of a document. */
    public synchronized Attachment store(String name, byte[] bytes) {
        String sha = sha256(bytes);
        files.put(sha, bytes.clone());
        names.put(sha, name);
        return new Attachment(name, "application/pdf", bytes.length, sha, Attachment.Role.MAIN);
    }

    /** The bytes of the file whose SHA-256 is {@code sha256}. */
    public synchronized Optional<byte[]> file(String sha256) {
        return Optional.ofNullable(files.get(sha256)).map(byte[]::clone);
    }

    /** The seals applied so far, oldest first. */
    public synchronized List<Seal> seals() {
        return List.copyOf(seals);
    }

    @Override
    public synchronized Document sign(Document document, OrganCode organisation) {
        Attachment main = document.mainFile().orElseThrow(() -> new IllegalStateException("no main file to seal"));
        byte[] content = files.get(main.sha256());
        if (content == null) {
            throw new IllegalStateException("the file " + main.name() + " is not in the demo's file store");
        }
        Instant now = clock.instant();
        String line = "%edoc-demo digest seal, NOT a digital signature: sha256=" + main.sha256() + " organ="
                + organisation.value() + " at=" + now + "\n";
        byte[] tail = line.getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = new byte[content.length + tail.length];
        System.arraycopy(content, 0, sealed, 0, content.length);
        System.arraycopy(tail, 0, sealed, content.length, tail.length);
        String sealedSha = sha256(sealed);
        files.put(sealedSha, sealed);
        names.put(sealedSha, main.name());
        seals.add(new Seal(main.name(), organisation, now, main.sha256(), sealedSha));
        List<Attachment> attachments = new ArrayList<>();
        for (Attachment a : document.attachments()) {
            attachments.add(a.isMain() ? new Attachment(a.name(), a.mediaType(), sealed.length, sealedSha, a.role())
                    : a);
        }
        return document.toBuilder().attachments(attachments).signed(true).build();
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
