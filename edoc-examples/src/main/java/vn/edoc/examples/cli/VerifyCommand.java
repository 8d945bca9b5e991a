package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edoc.signature.sign.OnlineRevocationSource;
import vn.edoc.signature.verify.PadesVerifier;
import vn.edoc.spi.RevocationSource;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.TimestampReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;

/**
 * {@code edoc verify <in.pdf> [--trust <cert file>]...}: every signature and document timestamp of a PDF, checked
 * by {@link PadesVerifier} (integrity, changes after signing, trust), as the JSON of the CLI contract.
 */
@Command(name = "verify", description = {
    "Verify the digital signatures (chữ ký số) of a PDF (R-IN-1): integrity, changes after signing, trust.",
    "Exit code 0 when every signature is TOTAL_PASSED, 1 otherwise."})
final class VerifyCommand extends Leaf {

    /** Certificate files larger than this are refused: a trust anchor file is a few kilobytes. */
    private static final long MAX_CERT_FILE = 1024 * 1024;

    @Parameters(paramLabel = "<in.pdf>", description = "The signed PDF (read through a small buffer: any size up "
            + "to 2 GiB).")
    String file;

    @Option(names = "--trust", paramLabel = "<cert file>", description = "A trust anchor: an X.509 certificate "
            + "(PEM or DER; a PEM file may hold several). Repeatable. Without one, no signature is trusted.")
    List<String> trust = new ArrayList<>();

    @Option(names = "--offline", description = "Do not fetch revocation data (OCSP, CRL) over the network: use only "
            + "what the PDF carries.")
    boolean offline;

    @Override
    public Integer call() {
        Console c = console();
        List<X509Certificate> anchors = new ArrayList<>();
        for (String t : trust) {
            anchors.addAll(certificates(t));
        }
        Path pdf = Inputs.path(file);
        if (!Files.exists(pdf)) {
            throw new CliFailure("file not found: " + file, "không tìm thấy tệp: " + file);
        }
        if (!Files.isRegularFile(pdf)) {
            throw new CliFailure("not a regular file: " + file, "không phải tệp thông thường: " + file);
        }
        if (!Files.isReadable(pdf)) {
            throw new CliFailure("permission denied: " + file, "không có quyền đọc tệp: " + file);
        }
        RevocationSource revocation = offline ? RevocationSource.NONE
                : OnlineRevocationSource.withTimeout(Duration.ofSeconds(10));
        VerificationReport report = PadesVerifier.builder().trustStore(TrustStore.of(anchors))
                .revocationSource(revocation).build().verify(pdf);
        ObjectNode answer = c.object();
        answer.put("file", file);
        ArrayNode signatures = answer.putArray("signatures");
        for (SignatureReport s : report.signatures()) {
            ObjectNode o = signatures.addObject();
            o.put("field", s.field());
            o.put("signer", s.signer());
            o.put("signingTime", s.signingTime().map(Converters::format).orElse(null));
            o.put("intact", s.intact());
            o.put("cryptoValid", s.cryptoValid());
            o.put("coversWholeDocument", s.coversWholeDocument());
            o.put("modifiedAfterSigning", s.modifiedAfterSigning());
            o.set("modifications", c.violations(s.modifications()));
            o.put("trusted", s.trusted());
            if (s.timestamp().isPresent()) {
                TimestampReport t = s.timestamp().get();
                ObjectNode ts = o.putObject("timestamp");
                ts.put("kind", t.kind() == TimestampReport.Kind.DOCUMENT ? "document" : "signature");
                ts.put("time", Converters.format(t.time()));
                ts.put("authority", t.authority());
                ts.put("intact", t.intact());
                ts.put("cryptoValid", t.cryptoValid());
                ts.put("trusted", t.trusted());
            } else {
                o.putNull("timestamp");
            }
            o.put("indication", s.indication().name());
            o.set("reasons", c.violations(s.reasons()));
        }
        answer.set("violations", c.violations(report.reasons()));
        return c.emit(answer, report.allPassed() ? EdocCli.OK : EdocCli.NEGATIVE);
    }

    private List<X509Certificate> certificates(String name) {
        Path path = Inputs.path(name);
        try {
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(name);
            }
            if (Files.size(path) > MAX_CERT_FILE) {
                throw usage("--trust " + name + ": larger than a certificate file can be",
                        "--trust " + name + ": quá lớn để là tệp chứng thư số");
            }
            try (InputStream in = Files.newInputStream(path)) {
                List<X509Certificate> out = new ArrayList<>();
                CertificateFactory.getInstance("X.509").generateCertificates(in)
                        .forEach(cert -> out.add((X509Certificate) cert));
                if (out.isEmpty()) {
                    throw new CertificateException("no certificate in the file");
                }
                return out;
            }
        } catch (NoSuchFileException e) {
            throw new CliFailure("trust anchor file not found: " + name, "không tìm thấy tệp chứng thư tin cậy: "
                    + name, e);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + name + ": " + e.getMessage(), "không đọc được tệp " + name + ": "
                    + e.getMessage(), e);
        } catch (CertificateException | RuntimeException e) {
            throw usage("--trust " + name + " is not an X.509 certificate (PEM or DER)",
                    "--trust " + name + " không phải chứng thư số X.509 (PEM hoặc DER)");
        }
    }
}
