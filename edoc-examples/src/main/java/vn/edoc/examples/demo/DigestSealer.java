package vn.edoc.examples.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import vn.edoc.id.OrganCode;
import vn.edoc.routing.FlowViolation;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;
import vn.edoc.validation.EdocRuleException;

/**
 * The demo's stand-in for the organisation's digital signature (chữ ký số của cơ quan): it is NOT a signature. It
 * records the SHA-256 digest of the main file, the organisation and the time, and appends that record to the file as
 * a PDF comment line, so the file gets a new size and digest as the {@link DocumentSigner} contract asks. Nobody can
 * verify it with a certificate: PAdES signing (with the visible appearance of Decree 30/2020 Phụ lục I) arrives with
 * the {@code edoc-signature} module, and the demo says so wherever this class is used.
 *
 * <p>It also puts the demo's drafts into the content store and reads them back ({@link #store}, {@link #file}).
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
    private final ContentStore contents;
    private final Map<String, ContentRef> refs = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<Seal> seals = new ArrayList<>();

    /** A sealer taking its times from {@code clock}, keeping the demo's files in {@code contents}. */
    public DigestSealer(Clock clock, ContentStore contents) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.contents = Objects.requireNonNull(contents, "contents");
    }

    /** Keeps {@code bytes} as the file {@code name} and returns its description as the main file of a document. */
    public synchronized Attachment store(String name, byte[] bytes) {
        ContentRef ref = contents.put(new ByteArrayInputStream(bytes));
        refs.put(ref.sha256(), ref);
        names.put(ref.sha256(), name);
        return new Attachment(name, "application/pdf", ref.size(), ref.sha256(), Attachment.Role.MAIN);
    }

    /** The bytes of the file whose SHA-256 is {@code sha256}, when this sealer stored or sealed it. */
    public synchronized Optional<byte[]> file(String sha256) {
        ContentRef ref = refs.get(sha256);
        if (ref == null) {
            return Optional.empty();
        }
        try (InputStream in = contents.open(ref)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisation's seals applied so far, oldest first. */
    public synchronized List<Seal> seals() {
        return List.copyOf(seals);
    }

    /**
     * Appends the digest line to the file: for {@link SignatureRole#ORGANISATION} a seal, recorded in
     * {@link #seals()}; for any other role a line naming the signer, so that the file changes as a signature would.
     */
    @Override
    public synchronized ContentRef sign(SigningRequest request, ContentStore store) {
        byte[] content;
        try (InputStream in = store.open(request.content())) {
            content = in.readAllBytes();
        } catch (ContentException | IOException e) {
            throw EdocRuleException.of(FlowViolation.SIGNATURE_FAILED, "content",
                    "the file " + request.content() + " cannot be read: " + e.getMessage());
        }
        Instant now = clock.instant();
        String who = request.role() == SignatureRole.ORGANISATION ? "seal" : request.role().name().toLowerCase(
                java.util.Locale.ROOT) + " mark by " + request.signer().fullName();
        String line = "%edoc-demo digest " + who + ", NOT a digital signature: sha256=" + request.content().sha256()
                + " organ=" + request.organisation().value() + " at=" + now + "\n";
        byte[] tail = line.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = new byte[content.length + tail.length];
        System.arraycopy(content, 0, sealed, 0, content.length);
        System.arraycopy(tail, 0, sealed, content.length, tail.length);
        ContentRef ref = store.put(new ByteArrayInputStream(sealed));
        refs.put(ref.sha256(), ref);
        String name = names.getOrDefault(request.content().sha256(), "");
        names.put(ref.sha256(), name);
        if (request.role() == SignatureRole.ORGANISATION) {
            seals.add(new Seal(name, request.organisation(), now,
                    request.content().sha256(), ref.sha256()));
        }
        return ref;
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
