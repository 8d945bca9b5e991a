package vn.edoc.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.signature.verify.PadesVerifier;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryStores;

class DemoPartsTest {

    private static final Instant DAY = Instant.parse("2025-01-20T02:00:00Z");

    @Test
    void theDayIsTheNextWorkingDay() {
        assertThat(AgencyDay.workingDayFrom(LocalDate.of(2025, 1, 20))).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(AgencyDay.workingDayFrom(LocalDate.of(2025, 1, 18))).isEqualTo(LocalDate.of(2025, 1, 20));
        // Tết 2025: days off from Saturday 25 January to Sunday 2 February
        assertThat(AgencyDay.workingDayFrom(LocalDate.of(2025, 1, 25))).isEqualTo(LocalDate.of(2025, 2, 3));
    }

    @Test
    void theDayRunsOnAnyStoresAndEverySignedFileVerifiesAgainstTheRunsRoot() throws Exception {
        // the in-memory adapter and the loopback: the day depends on the Stores SPI, not on the JDBC adapter
        LocalDate day = LocalDate.of(2026, 2, 9);
        SimulatedClock clock = AgencyDay.clockFor(day);
        MemoryStores stores = MemoryStores.create();
        AgencyDay.Setting setting = new AgencyDay.Setting(stores, new LoopbackTransport(clock), "memory", "loopback",
                Optional.empty());
        StringWriter text = new StringWriter();
        AgencyDay.Outcome outcome = new AgencyDay(day, clock, setting, new PrintWriter(text), (en, vi) -> en).run();

        assertThat(outcome.ok()).as(text.toString()).isTrue();
        assertThat(outcome.failures()).isZero();
        assertThat(outcome.steps()).isEqualTo(22);
        assertThat(text.toString()).doesNotContain("!!").contains("Directory stored: 2 organisations")
                .contains("TOTAL_PASSED, time-stamped 2026-02-09T09:15:00+07:00");
        assertThat(outcome.json()).containsKeys("unit-report-cntt.json", "signature-verifications.json",
                "audit-ubnd-tinh-lang-son.json", "audit-so-tttt-lang-son.json", "register-ubnd-tinh-lang-son.json",
                "register-so-tttt-lang-son.json");
        assertThat(outcome.files()).containsOnlyKeys("01-QD-UBND.pdf", "02-UBND-KGVX.pdf", "01-STTTT-CNTT.pdf",
                "02-STTTT-CNTT.pdf", "demo-root-ca.pem");
        JsonNode verifications = outcome.json().get("signature-verifications.json");
        assertThat(verifications).hasSize(4).allSatisfy(v -> {
            assertThat(v.path("indication").asText()).isEqualTo("TOTAL_PASSED");
            assertThat(v.path("signatures")).hasSize(2);
        });

        X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(outcome.files().get("demo-root-ca.pem")));
        // an independent verifier, trusting only the run's root, at the simulated time
        PadesVerifier verifier = PadesVerifier.builder().trustStore(TrustStore.of(List.of(root))).clock(clock).build();
        for (String name : List.of("01-QD-UBND.pdf", "02-STTTT-CNTT.pdf")) {
            byte[] pdf = outcome.files().get(name);
            VerificationReport report = verifier.verify(pdf, name);
            assertThat(report.signatures()).as(name).hasSize(2);
            assertThat(report.indication()).as(name + ": " + report).isEqualTo(SignatureIndication.TOTAL_PASSED);
            assertThat(report.signatures().get(0).signer()).contains("CN=" + (name.contains("UBND")
                    ? "Lương Thị Hạnh" : "Đinh Thị Thu"));
            assertThat(report.signatures().get(1).signer()).contains("CN=" + (name.contains("UBND")
                    ? "Ủy ban nhân dân tỉnh Lạng Sơn" : "Sở Thông tin và Truyền thông tỉnh Lạng Sơn"));
            assertThat(report.signatures()).allSatisfy(s -> assertThat(s.timestamp()).isPresent());
            // what the record holds is what was issued: the kept file is the one the store has
            assertThat(stores.content().exists(new vn.edoc.spi.ContentRef(sha256(pdf), pdf.length))).isTrue();
        }
        // a verifier that does not trust the run's root does not pass them
        VerificationReport untrusted = PadesVerifier.builder().trustStore(TrustStore.empty()).clock(clock).build()
                .verify(outcome.files().get("01-QD-UBND.pdf"), "01-QD-UBND.pdf");
        assertThat(untrusted.indication()).isNotEqualTo(SignatureIndication.TOTAL_PASSED);
    }

    @Test
    void thePkiChainsToItsRootStampsAtTheClocksTimeAndListsNothingRevoked() throws Exception {
        SimulatedClock clock = new SimulatedClock(DAY);
        DemoPki pki = new DemoPki(clock, DAY, DAY);
        DemoPki.Identity person = pki.identity("Lương Thị Hạnh", "Ủy ban nhân dân tỉnh Lạng Sơn");
        assertThat(pki.identity("Lương Thị Hạnh", "Ủy ban nhân dân tỉnh Lạng Sơn")).isSameAs(person);
        assertThat(pki.identity("Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn"))
                .isNotSameAs(person);
        assertThat(pki.issuedCount()).isEqualTo(2);
        person.certificate().verify(pki.root().getPublicKey());
        person.certificate().checkValidity(java.util.Date.from(DAY));
        assertThat(person.certificate().getSubjectX500Principal().getName()).contains("CN=Lương Thị Hạnh");
        assertThat(person.certificate().getKeyUsage()[0]).isTrue();
        assertThat(person.chain()).containsExactly(person.certificate(), pki.root());
        assertThat(pki.trust().anchors()).containsExactly(pki.root());

        clock.set(DAY.plusSeconds(3600));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("văn bản".getBytes());
        TimeStampToken token = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(
                pki.timestamps().timestamp(digest, "SHA-256")));
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(DAY.plusSeconds(3600));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        X509Certificate tsa = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(((org.bouncycastle.cert.X509CertificateHolder) token.getCertificates()
                        .getMatches(token.getSID()).iterator().next()).getEncoded()));
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        tsa.verify(pki.root().getPublicKey());
        assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThatThrownBy(() -> pki.timestamps().timestamp(digest, "MD5"))
                .isInstanceOf(vn.edoc.spi.TimestampException.class);

        RevocationData revocation = pki.revocation().fetch(person.certificate(), pki.root());
        assertThat(revocation.crls()).hasSize(1);
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(
                new ByteArrayInputStream(revocation.crls().get(0)));
        crl.verify(pki.root().getPublicKey());
        assertThat(crl.isRevoked(person.certificate())).isFalse();
        assertThat(crl.getThisUpdate().toInstant()).isBefore(clock.instant());
        assertThat(pki.revocation().fetch(person.certificate(), person.certificate()).isEmpty()).isTrue();
        assertThatThrownBy(() -> new DemoPki(clock, DAY, DAY.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePdfShowsVietnameseTextInAnEmbeddedSubsetFontWithThePlaceholderForTheSignature() throws Exception {
        byte[] pdf = DemoPdf.of(new DemoPdf.Page("", "Ủy ban nhân dân tỉnh Lạng Sơn", "Số:        /QĐ-UBND",
                "Lạng Sơn", LocalDate.of(2025, 1, 20), "Quyết định", "Về việc giao nhiệm vụ chuyển đổi số",
                List.of("Điều 1. Giao Sở Thông tin và Truyền thông xây dựng kế hoạch."), "KT. Chủ tịch",
                "Phó Chủ tịch", "Lương Thị Hạnh", List.of("Như Điều 3", "Lưu: VT, KGVX")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Lạng Sơn, ngày 20 tháng 01 năm 2025").contains("QUYẾT ĐỊNH")
                    .contains("Điều 1. Giao Sở Thông tin và Truyền thông").contains("KT. CHỦ TỊCH")
                    .contains("PHÓ CHỦ TỊCH").contains("Lương Thị Hạnh").contains(DemoPdf.PLACEHOLDER)
                    .contains("Nơi nhận:");
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                // a subset font's name carries a six-letter tag
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
            }
        }
    }

    @Test
    void imagesAreTransparentPngsBlueForSignersRedForSeals() throws Exception {
        java.awt.image.BufferedImage signature = javax.imageio.ImageIO.read(new ByteArrayInputStream(
                DemoImages.signature("Lương Thị Hạnh")));
        java.awt.image.BufferedImage seal = javax.imageio.ImageIO.read(new ByteArrayInputStream(
                DemoImages.seal("000.00.00.H37")));
        assertThat(signature.getColorModel().hasAlpha()).isTrue();
        assertThat(seal.getColorModel().hasAlpha()).isTrue();
        assertThat(signature.getRGB(0, 0) >>> 24).isZero();
        assertThat(seal.getRGB(0, 0) >>> 24).isZero();
        assertThat(count(signature, DemoImages.BLUE.getRGB())).isGreaterThan(1000);
        assertThat(count(seal, DemoImages.RED.getRGB())).isGreaterThan(1000);
        assertThat(DemoImages.signature("Lương Thị Hạnh")).isEqualTo(DemoImages.signature("Lương Thị Hạnh"))
                .isNotEqualTo(DemoImages.signature("Đinh Thị Thu"));
    }

    private static int count(java.awt.image.BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theExportWritesInstantsInVietnamTimeAndOptionalsAsValues() {
        record Sample(Instant at, Optional<String> maybe, Optional<String> none, OrganCode organ, List<Integer> n) {
        }
        JsonNode json = JsonExport.of(new Sample(Instant.parse("2025-01-20T02:40:00Z"), Optional.of("x"),
                Optional.empty(), OrganCode.parse("000.00.00.H37"), List.of(1, 2)));
        assertThat(json.path("at").asText()).isEqualTo("2025-01-20T09:40:00+07:00");
        assertThat(json.path("maybe").asText()).isEqualTo("x");
        assertThat(json.path("none").isNull()).isTrue();
        assertThat(json.path("organ").asText()).isEqualTo("000.00.00.H37");
        assertThat(json.path("n").get(1).asInt()).isEqualTo(2);
    }

    @Test
    void theClockDoesNotGoBack() {
        SimulatedClock clock = new SimulatedClock(Instant.parse("2025-01-20T02:00:00Z"));
        clock.set(Instant.parse("2025-01-20T03:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-20T03:00:00Z"));
        assertThatThrownBy(() -> clock.set(Instant.parse("2025-01-20T01:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
