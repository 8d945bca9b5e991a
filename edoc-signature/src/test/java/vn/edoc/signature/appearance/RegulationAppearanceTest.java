package vn.edoc.signature.appearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import eu.europa.esig.dss.enumerations.Indication;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.sign.SigningKey;
import vn.edoc.signature.support.DssOracle;
import vn.edoc.signature.support.PdfSig;
import vn.edoc.signature.support.TestImages;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.validation.EdocRuleException;

/**
 * R-SIG-1: the person's blue signature between title and name, the organisation's red seal over its left third, each
 * an incremental signature that keeps the earlier one valid; the attachment and copy text top right of page 1.
 */
class RegulationAppearanceTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final float SCALE = 2f; // render at 144 dpi

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-01-24T11:05:00Z"), ZoneOffset.UTC);
    private final PadesSigner signer = PadesSigner.of(Clock.systemUTC(), PKI.timestampClient(),
            PKI.revocationSource());

    private static SigningKey key(TestPki.Identity identity) {
        return KeyStoreSigningKey.of(identity.privateKey(), identity.chain());
    }

    @Test
    void personThenOrganisationRenderAsTheDecreeSaysAndBothStayValid() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 2);
        Path person = dir.resolve("person.pdf");
        Path issued = dir.resolve("issued.pdf");
        signer.sign(in, person, key(PKI.person()), SignatureParameters.of(PadesLevel.B_T).withAppearance(
                PersonAppearance.image(TestImages.signature(), Placement.placeholder(TestPdfs.PLACEHOLDER, 150, 60))));
        signer.sign(person, issued, key(PKI.organisation()), SignatureParameters.of(PadesLevel.B_T)
                .withAppearance(new SealAppearance(TestImages.seal(), 36, Optional.empty())));

        // Both signatures valid for DSS and pdfsig: the seal's incremental update kept the person's signature intact.
        List<DssOracle.Verdict> verdicts = DssOracle.validate(issued, PKI, true);
        assertThat(verdicts).hasSize(2).allSatisfy(v ->
                assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(PdfSig.validations(issued)).containsExactly("Signature is Valid.", "Signature is Valid.");

        try (PDDocument document = Loader.loadPDF(issued.toFile())) {
            List<PDSignatureField> fields = document.getSignatureFields();
            assertThat(fields).extracting(PDSignatureField::getPartialName)
                    .containsExactly("PersonSignature1", "OrganisationSignature1");
            PDAnnotationWidget personWidget = fields.get(0).getWidgets().get(0);
            PDAnnotationWidget sealWidget = fields.get(1).getWidgets().get(0);
            float[] image = box(personWidget);
            // The signer's image lies between the title (baseline 190) and the name (baseline 62) on the last page.
            assertThat(image[1]).isGreaterThan(62f);
            assertThat(image[1] + image[3]).isLessThan(190f);
            // The seal: real size (36 mm), its right edge a third into the signer's image.
            assertThat(sealWidget.getRectangle().getWidth()).isCloseTo(36 * 72 / 25.4f, offset(0.5f));
            assertThat(sealWidget.getRectangle().getUpperRightX()).isCloseTo(image[0] + image[2] / 3, offset(0.5f));

            BufferedImage page = new PDFRenderer(document).renderImage(1, SCALE);
            // Right part of the signer's image: blue and no red.
            Count right = count(page, image[0] + image[2] * 0.4f, image[1], image[0] + image[2],
                    image[1] + image[3]);
            assertThat(right.blue).isGreaterThan(200);
            assertThat(right.red).isZero();
            // Left third: the red seal covers it.
            Count left = count(page, image[0], image[1], image[0] + image[2] / 3, image[1] + image[3]);
            assertThat(left.red).isGreaterThan(200);
            assertThat(new PDFTextStripper().getText(document)).contains("Về việc ban hành quy chế", "CHỦ TỊCH");
        }
    }

    @Test
    void attachmentSignatureWritesNotationAndIsoTimeTopRightInAnEmbeddedSubsetFont() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("attachment.pdf");
        signer.sign(in, out, key(PKI.organisation()), SignatureParameters.of(PadesLevel.B_B).withAppearance(
                TextAppearance.attachment("12/QĐ-UBND", clock.instant())));
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            PDAnnotationWidget widget = document.getSignatureFields().get(0).getWidgets().get(0);
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            float pageHeight = document.getPage(0).getMediaBox().getHeight();
            assertThat(widget.getRectangle().getUpperRightX()).isGreaterThan(pageWidth * 0.8f);
            assertThat(widget.getRectangle().getUpperRightY()).isGreaterThan(pageHeight * 0.9f);
            PDResources resources = widget.getNormalAppearanceStream().getResources();
            PDFont font = resources.getFont(resources.getFontNames().iterator().next());
            assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif");
            assertThat(font.isEmbedded()).isTrue();
            String content = new String(widget.getNormalAppearanceStream().getContentStream().toByteArray(),
                    StandardCharsets.ISO_8859_1);
            assertThat(content).contains(" 10 Tf").contains("0 0 0 rg");
            BufferedImage page = new PDFRenderer(document).renderImage(0, SCALE);
            Count corner = count(page, widget.getRectangle().getLowerLeftX(), widget.getRectangle().getLowerLeftY(),
                    widget.getRectangle().getUpperRightX(), widget.getRectangle().getUpperRightY());
            assertThat(corner.dark).isGreaterThan(100);
        }
        assertThat(TextAppearance.attachment("12/QĐ-UBND", clock.instant()).lines())
                .containsExactly("Số: 12/QĐ-UBND; 2025-01-24T18:05:00+07:00");
        assertThat(DssOracle.validate(out, PKI, true)).singleElement()
                .satisfies(v -> assertThat(v.indication()).isEqualTo(Indication.TOTAL_PASSED));
    }

    @Test
    void copySignatureShowsFormOrganisationAndTime() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("copy.pdf");
        TextAppearance copy = TextAppearance.copy(TextAppearance.CopyForm.TRICH_SAO, "Sở Thông tin và Truyền thông",
                clock.instant());
        signer.sign(in, out, key(PKI.organisation()), SignatureParameters.of(PadesLevel.B_B).withAppearance(copy));
        assertThat(copy.heading()).contains("TRÍCH SAO");
        assertThat(copy.lines()).containsExactly("Sở Thông tin và Truyền thông", "2025-01-24T18:05:00+07:00");
        assertThat(PdfSig.validations(out)).containsExactly("Signature is Valid.");
    }

    @Test
    void refusesOpaqueImagesAndASealWithoutPersonSignature() {
        assertThatThrownBy(() -> PersonAppearance.image(TestImages.opaque(), Placement.at(0, 10, 10, 100, 50)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-011"));
        assertThatThrownBy(() -> PersonAppearance.image("not a png".getBytes(StandardCharsets.US_ASCII),
                Placement.at(0, 10, 10, 100, 50))).isInstanceOf(EdocRuleException.class);
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        assertThatThrownBy(() -> signer.sign(in, out, key(PKI.organisation()), SignatureParameters.of(PadesLevel.B_B)
                .withAppearance(SealAppearance.overPersonSignature(TestImages.seal()))))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-012"));
        assertThatThrownBy(() -> signer.sign(in, out, key(PKI.person()), SignatureParameters.of(PadesLevel.B_B)
                .withAppearance(PersonAppearance.image(TestImages.signature(),
                        Placement.placeholder("no such text", 100, 50)))))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-012"));
        assertThat(out).doesNotExist();
    }

    private static float[] box(PDAnnotationWidget widget) {
        COSArray array = (COSArray) widget.getCOSObject().getDictionaryObject(AppearanceWriter.SIGNER_IMAGE_KEY);
        float[] v = new float[4];
        for (int i = 0; i < 4; i++) {
            v[i] = ((COSNumber) array.getObject(i)).floatValue();
        }
        return v;
    }

    private record Count(int blue, int red, int dark) {
    }

    /** Counts blue, red and dark pixels in a rectangle given in PDF points (origin bottom left). */
    private static Count count(BufferedImage page, float x0, float y0, float x1, float y1) {
        int height = page.getHeight();
        int blue = 0;
        int red = 0;
        int dark = 0;
        for (int px = Math.max(0, (int) (x0 * SCALE)); px < Math.min(page.getWidth(), (int) (x1 * SCALE)); px++) {
            for (int py = Math.max(0, (int) (height - y1 * SCALE)); py < Math.min(height, (int) (height - y0 * SCALE));
                    py++) {
                Color c = new Color(page.getRGB(px, py));
                if (c.getBlue() > 150 && c.getRed() < 100 && c.getGreen() < 120) {
                    blue++;
                }
                if (c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100) {
                    red++;
                }
                if (c.getRed() < 80 && c.getGreen() < 80 && c.getBlue() < 80) {
                    dark++;
                }
            }
        }
        return new Count(blue, red, dark);
    }
}
