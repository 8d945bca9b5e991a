package vn.edoc.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.edoc.interconnect.edxml.BusinessDocType;
import vn.edoc.interconnect.edxml.EdxmlAttachment;
import vn.edoc.interconnect.edxml.EdxmlHeader;
import vn.edoc.interconnect.edxml.EdxmlPackage;
import vn.edoc.interconnect.edxml.EdxmlRead;
import vn.edoc.interconnect.edxml.EdxmlReader;
import vn.edoc.interconnect.edxml.EdxmlWriter;
import vn.edoc.interconnect.edxml.Organization;
import vn.edoc.interconnect.edxml.PackageSigner;
import vn.edoc.interconnect.edxml.SignatureCheck;
import vn.edoc.interconnect.edxml.TraceInfo;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * edXML packages with one 50 MiB attachment (gói tin edXML): parsing (base64 decoded into a content store while its
 * SHA-256 is computed) and building (base64 encoded from the store), unsigned and signed (the digest of the canonical
 * package computed on the way, RSA-2048, SHA-256), beside plain {@link Base64} decoding and encoding of the same data
 * in the same run. One operation handles the whole package; MB/s = 50 MiB × ops/s.
 *
 * <p>The parse benchmarks store into {@link DigestStore}, which computes the SHA-256 and size like any store and
 * drops the bytes, so that the figure is the reader's and not the memory store's copying; the build benchmarks read
 * from a {@link MemoryContentStore} (its verifying stream hashes the content as it is read) and write to a
 * discarding stream.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package} then
 * {@code java -cp edoc-examples/target/edoc.jar org.openjdk.jmh.Main Edxml -f 1 -wi 3 -i 5 -w 2s -r 2s}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class EdxmlBenchmark {

    /** The attachment's size: 50 MiB. */
    public static final int SIZE = 50 * 1024 * 1024;

    private MemoryContentStore store;
    private EdxmlPackage pkg;
    private byte[] plain;
    private byte[] signedBytes;
    private byte[] base64;
    private byte[] raw;
    private PackageSigner signer;

    /** A content store that computes the reference of what it is given and keeps nothing (benchmark only). */
    static final class DigestStore implements ContentStore {
        @Override
        public ContentRef put(InputStream content) {
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                long size = 0;
                int n;
                while ((n = content.read(buf)) >= 0) {
                    d.update(buf, 0, n);
                    size += n;
                }
                return new ContentRef(HexFormat.of().formatHex(d.digest()), size);
            } catch (IOException e) {
                throw new ContentException(ContentException.Reason.IO, null, "read failed", e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public InputStream open(ContentRef ref) {
            throw new ContentException(ContentException.Reason.NOT_FOUND, ref, "nothing is kept");
        }

        @Override
        public boolean exists(ContentRef ref) {
            return false;
        }

        @Override
        public boolean release(ContentRef ref, String decision) {
            return false;
        }
    }

    /** Builds the attachment, the package and its encodings, and checks that parsing gives the content back. */
    @Setup
    public void setUp() throws Exception {
        raw = new byte[SIZE];
        new Random(20250314L).nextBytes(raw);
        store = new MemoryContentStore(SIZE + 1024L);
        ContentRef ref = store.put(new ByteArrayInputStream(raw));
        EdxmlHeader header = EdxmlHeader.builder(Organization.of("000.00.00.H37", "UBND tỉnh Lạng Sơn"))
                .addTo(Organization.of("000.00.12.H37", "Sở Thông tin và Truyền thông"))
                .documentId("000.00.00.H37,2025/03/14,123/QĐ-UBND").code("123", "QĐ-UBND").place("Lạng Sơn")
                .promulgationDate(LocalDate.of(2025, 3, 14))
                .type(new EdxmlHeader.DocType("1", "", "Quyết định (cá biệt)"))
                .subject("Về việc giao nhiệm vụ chuyển đổi số năm 2025").addToPlace("Sở Thông tin và Truyền thông")
                .build();
        TraceInfo trace = new TraceInfo(List.of(new TraceInfo.TraceHeader("000.00.00.H37",
                Optional.of(LocalDateTime.of(2025, 3, 14, 9, 30)))), Optional.of(TraceInfo.Business.of(
                header.documentId(), BusinessDocType.NEW, "")));
        pkg = new EdxmlPackage(header, trace, List.of(new EdxmlAttachment("cid:1", "ho-so.zip", "application/zip",
                "", ref)));
        plain = write(EdxmlWriter.of(store));
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(2048);
        KeyPair kp = kpg.generateKeyPair();
        X500Name name = new X500Name("CN=edoc benchmark,C=VN");
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, new Date(0), new Date(4_102_444_800_000L), name, kp.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
        signer = PackageSigner.of(kp.getPrivate(), cert);
        signedBytes = write(EdxmlWriter.of(store).signedBy(signer));
        base64 = Base64.getEncoder().encode(raw);
        EdxmlRead read = parse(plain);
        if (!read.documentPackage().attachments().get(0).content().equals(ref)) {
            throw new IllegalStateException("the parsed attachment differs from the one written");
        }
        if (parse(signedBytes).signature().status() != SignatureCheck.Status.VALID) {
            throw new IllegalStateException("the signed package does not verify");
        }
        String head = new String(plain, 0, 200, StandardCharsets.UTF_8);
        if (!head.contains("edXML")) {
            throw new IllegalStateException("not an edXML package");
        }
    }

    private byte[] write(EdxmlWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE / 3 * 4 + 8192);
        writer.write(pkg, out);
        return out.toByteArray();
    }

    private static EdxmlRead parse(byte[] bytes) {
        return EdxmlReader.of(new DigestStore()).read(new ByteArrayInputStream(bytes));
    }

    /** Parse the unsigned package: base64 into the store, SHA-256 on the way. */
    @Benchmark
    public EdxmlRead parse() {
        return parse(plain);
    }

    /** Parse the signed package: the same plus the canonical digest and the signature check. */
    @Benchmark
    public EdxmlRead parseSigned() {
        return parse(signedBytes);
    }

    /** Plain base64 decoding of the same data, whole arrays in memory (the reference). */
    @Benchmark
    public byte[] base64Decode() {
        return Base64.getDecoder().decode(base64);
    }

    /** Build the unsigned package from the store, written to a discarding stream. */
    @Benchmark
    public long build() {
        return writeCounted(EdxmlWriter.of(store));
    }

    /** Build the signed package: two passes (canonical digest, then writing). */
    @Benchmark
    public long buildSigned() {
        return writeCounted(EdxmlWriter.of(store).signedBy(signer));
    }

    /** Plain base64 encoding of the same data, whole arrays in memory (the reference). */
    @Benchmark
    public byte[] base64Encode() {
        return Base64.getEncoder().encode(raw);
    }

    private long writeCounted(EdxmlWriter writer) {
        long[] count = new long[1];
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        try {
            writer.write(pkg, sink);
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }
}
