package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.edoc.signature.appearance.PersonAppearance;
import vn.edoc.signature.appearance.Placement;
import vn.edoc.signature.appearance.SealAppearance;
import vn.edoc.signature.sign.HttpTimestampClient;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.sign.SigningKey;
import vn.edoc.spi.RevocationSource;

/**
 * {@code edoc sign <in.pdf> --keystore <file.p12> --password <pw> [--alias <a>] [--signer-image <png>] [--seal <png>]
 * [--title "..."] [--name "..."] [--tsa <url>] --out <out.pdf>}: adds a PAdES signature (B-B, or B-T with a
 * time-stamping authority) as an incremental update, so a PDF already signed keeps its signatures.
 */
@Command(name = "sign", description = {
    "Sign a PDF (ký số) as a PAdES signature, added as an incremental update: earlier signatures stay valid.",
    "--signer-image: the person's signature (blue, transparent PNG) at the bottom right of the last page, with",
    "--title and --name above and below it (R-SIG-1). --seal: the organisation's seal (red, transparent PNG, its",
    "size from the PNG's resolution) over the left third of the person's signature already in the PDF.",
    "Neither: an invisible signature. --tsa: a signature time stamp (PAdES B-T); otherwise B-B.",
    "Exit code 0 when signed, 1 when refused (key, file, image), 2 usage, 3 I/O."})
final class SignCommand extends Leaf {

    @Parameters(paramLabel = "<in.pdf>", description = "The PDF to sign.")
    String file;

    @Option(names = "--keystore", required = true, paramLabel = "<file.p12>", description = "PKCS#12 key store.")
    String keystore;

    @Option(names = "--password", required = true, paramLabel = "<pw>", description = "Key store password.")
    String password;

    @Option(names = "--alias", paramLabel = "<a>", description = "The key's alias (default: the only key).")
    String alias;

    @Option(names = "--signer-image", paramLabel = "<png>", description = "The signer's signature image.")
    String signerImage;

    @Option(names = "--seal", paramLabel = "<png>", description = "The organisation's seal image.")
    String seal;

    @Option(names = "--title", paramLabel = "<text>", description = "Title line above the signer's image.")
    String title;

    @Option(names = "--name", paramLabel = "<text>", description = "Name below the signer's image.")
    String name;

    @Option(names = "--tsa", paramLabel = "<url>", description = "RFC 3161 time-stamping authority (http/https).")
    String tsa;

    @Option(names = "--out", required = true, paramLabel = "<out.pdf>", description = "Where to write the result.")
    String out;

    @Override
    public Integer call() {
        Console c = console();
        if (signerImage != null && seal != null) {
            throw usage("--signer-image and --seal are two signatures: sign twice",
                    "--signer-image và --seal là hai chữ ký: ký hai lần");
        }
        if ((title != null || name != null) && signerImage == null) {
            throw usage("--title and --name go with --signer-image", "--title và --name đi cùng --signer-image");
        }
        URI tsaUrl = null;
        if (tsa != null) {
            try {
                tsaUrl = URI.create(tsa);
                HttpTimestampClient.of(tsaUrl);
            } catch (IllegalArgumentException e) {
                throw usage("invalid --tsa URL: " + tsa, "URL --tsa không hợp lệ: " + tsa);
            }
        }
        Path in = regularFile(file);
        Path output = Inputs.path(out);
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            throw new CliFailure("not a regular file: " + out, "không phải tệp thông thường: " + out);
        }
        try {
            if (Files.exists(output) && Files.isSameFile(in, output)) {
                throw usage("--out must differ from the input", "--out phải khác tệp vào");
            }
        } catch (java.io.IOException e) {
            throw new CliFailure("cannot read " + out, "không đọc được " + out, e);
        }
        SigningKey key = KeyStoreSigningKey.pkcs12(regularFile(keystore), password.toCharArray(), alias);
        PadesLevel level = tsaUrl == null ? PadesLevel.B_B : PadesLevel.B_T;
        SignatureParameters parameters = SignatureParameters.of(level);
        if (signerImage != null) {
            boolean withText = title != null || name != null;
            parameters = parameters.withAppearance(new PersonAppearance(Inputs.read(signerImage),
                    Optional.ofNullable(title), Optional.ofNullable(name),
                    Placement.lastPageBottomRight(170, withText ? 110 : 70)));
        } else if (seal != null) {
            parameters = parameters.withAppearance(SealAppearance.overPersonSignature(Inputs.read(seal)));
        }
        PadesSigner signer = PadesSigner.of(Clock.systemUTC(),
                tsaUrl == null ? null : HttpTimestampClient.of(tsaUrl), RevocationSource.NONE);
        signer.sign(in, output, key, parameters);

        ObjectNode answer = c.object();
        answer.put("signed", true);
        answer.put("file", out);
        try (PDDocument document = Loader.loadPDF(output.toFile())) {
            List<PDSignatureField> fields = document.getSignatureFields();
            PDSignatureField last = fields.get(fields.size() - 1);
            PDSignature signature = last.getSignature();
            answer.put("field", last.getFullyQualifiedName());
            answer.put("signer", signature.getName());
            answer.put("signingTime", Converters.format(signature.getSignDate().toInstant()));
            answer.put("level", level.label());
            answer.put("signatures", document.getSignatureDictionaries().size());
        } catch (java.io.IOException e) {
            throw new CliFailure("cannot read back " + out, "không đọc lại được " + out, e);
        }
        return c.emit(answer, EdocCli.OK);
    }

    private static Path regularFile(String name) {
        Path path = Inputs.path(name);
        if (!Files.exists(path)) {
            throw new CliFailure("file not found: " + name, "không tìm thấy tệp: " + name);
        }
        if (!Files.isRegularFile(path)) {
            throw new CliFailure("not a regular file: " + name, "không phải tệp thông thường: " + name);
        }
        return path;
    }
}
