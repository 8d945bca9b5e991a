package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.internal.json.Json;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;

class DocumentProperties {

    private static final List<String> CODES = List.of("000.00.00.H37", "000.00.01.H37", "000.00.00.G22",
            "000.12.34.H53", "000.00.11.H53", "H37.02.02");

    private final DocumentValidator validator = Fixtures.validator();

    @Property(tries = 400)
    void writingThenReadingGivesTheSameDocument(@ForAll("documents") Document d) {
        Parsed<Document> back = DocumentJson.read(DocumentJson.write(d));
        assertThat(back.result().errors()).isEmpty();
        assertThat(back.value()).isEqualTo(d);
    }

    @Property(tries = 400)
    void theValidatorNeverThrows(@ForAll("documents") Document d, @ForAll Stage stage) {
        ValidationResult r = validator.validate(d, stage);
        assertThat(r).isNotNull();
        assertThat(validator.validate(d)).isNotNull();
        assertThat(SecurityPolicy.defaults().checkEntry(d)).isNotNull();
        assertThat(PaperCopyPolicy.defaults().decide(d, RecipientKind.GOVERNMENT, Purpose.SUBMISSION)
                .paperCopyRequired()).isTrue();
    }

    @Property(tries = 500)
    void readingAnyTextNeverThrows(@ForAll("junk") String text) {
        Parsed<Document> p = DocumentJson.read(text);
        assertThat(p.isValid() || !p.result().isValid()).isTrue();
    }

    @Property(tries = 500)
    void readingDamagedDocumentsNeverThrows(@ForAll("documents") Document d, @ForAll("positions") double where,
                                            @ForAll("junk") String insert, @ForAll("cuts") int cut) {
        String json = DocumentJson.write(d);
        int at = (int) (where * json.length());
        String damaged = json.substring(0, at) + insert + json.substring(Math.min(json.length(), at + cut));
        Parsed<Document> p = DocumentJson.read(damaged);
        assertThat(p.isValid() || !p.result().isValid()).isTrue();
    }

    @Property(tries = 500)
    void readingWellFormedJsonOfAnyShapeNeverThrows(@ForAll("shapes") Map<String, Object> json) {
        Parsed<Document> p = DocumentJson.read(Json.write(json));
        assertThat(p.isValid() || !p.result().isValid()).isTrue();
        p.toOptional().ifPresent(validator::validate);
    }

    // ---- generators ----

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 20);
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtrufalsn \\u").ofMaxLength(60),
                Arbitraries.of("{", "}", "null", "[]", "\"", "{\"direction\":", "1e99999", "\uD800", "\u0000"));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("Lạng Sơn", "", "  ", "Ủy ban nhân dân tỉnh", "MẬT", "a".repeat(600)));
    }

    private static Arbitrary<OrganCode> organCodes() {
        return Arbitraries.of(CODES).map(OrganCode::parse);
    }

    private static Arbitrary<DocumentId> documentIds() {
        Arbitrary<String> seed = Combinators.combine(Arbitraries.of(CODES), Arbitraries.integers().between(1990, 2100),
                Arbitraries.integers().between(1, 99_999)).as((c, y, n) -> c + "," + y + "," + n);
        Arbitrary<String> edxml = Combinators.combine(Arbitraries.of(CODES),
                Arbitraries.integers().between(10, 9_999), Arbitraries.of("VPCP-TTĐT", "UBND-VX", "QĐ-UBND"))
                .as((c, n, k) -> c + ",2015/09/30," + n + "/" + k);
        return Arbitraries.oneOf(seed, edxml).map(DocumentId::parse);
    }

    private static Arbitrary<Notation> notations() {
        return Combinators.combine(Arbitraries.integers().between(1, 9_999),
                        Arbitraries.of("/QĐ-UBND", "/UBND-VX", "/2020/QĐ-UBND", "/TTr-SNV", "/BC-UBND", "/VPCP-TTĐT",
                                "/KH-UBND", "/QyĐ-UBND"))
                .as((n, rest) -> String.format("%02d", n) + rest).map(Notation::parse);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 400_000).map(i -> LocalDate.of(1900, 1, 1).plusDays(i));
    }

    private static Arbitrary<Attachment> attachments() {
        return Combinators.combine(
                Arbitraries.oneOf(text(), Arbitraries.of("qd.pdf", "a.docx", "x.exe", "../b.pdf", "c.PNG")),
                Arbitraries.oneOf(text(), Arbitraries.of("application/pdf", "image/png")),
                Arbitraries.longs(),
                Arbitraries.oneOf(text(), Arbitraries.of(Fixtures.PDF_SHA)),
                Arbitraries.of(Attachment.Role.class)).as(Attachment::new);
    }

    private static Arbitrary<Recipient> recipients() {
        return Combinators.combine(text(), organCodes().optional()).as(Recipient::new);
    }

    @Provide
    Arbitrary<Document> documents() {
        return Builders.withBuilder(Document::builder)
                .use(Arbitraries.of(Direction.class)).in(Document.Builder::direction)
                .use(documentIds()).withProbability(0.6).in(Document.Builder::documentId)
                .use(notations()).withProbability(0.6).in(Document.Builder::notation)
                .use(Arbitraries.of(DocumentType.class)).withProbability(0.8).in(Document.Builder::type)
                .use(dates()).withProbability(0.8).in(Document.Builder::issueDate)
                .use(text()).withProbability(0.8).in(Document.Builder::place)
                .use(text()).withProbability(0.8).in(Document.Builder::subject)
                .use(Combinators.combine(organCodes(), text()).as(Organisation::new)).withProbability(0.8)
                .in(Document.Builder::issuer)
                .use(Combinators.combine(Arbitraries.of(SigningCompetence.class), text(), text())
                        .as(Signer::new)).withProbability(0.8).in(Document.Builder::signer)
                .use(recipients().list().ofMaxSize(3)).in(Document.Builder::recipients)
                .use(Arbitraries.integers()).in(Document.Builder::pageCount)
                .use(Arbitraries.of(Urgency.class)).in(Document.Builder::urgency)
                .use(Arbitraries.of(Confidentiality.class)).in(Document.Builder::confidentiality)
                .use(Arbitraries.of(ContentCategory.class)).in(Document.Builder::contentCategory)
                .use(dates().optional().map(ReplyRequirement::new)).withProbability(0.5)
                .in(Document.Builder::reply)
                .use(documentIds()).withProbability(0.4).in(Document.Builder::replyTo)
                .use(attachments().list().ofMaxSize(3)).in(Document.Builder::attachments)
                .use(Arbitraries.of(true, false)).in(Document.Builder::signed)
                .build(Document.Builder::build);
    }

    @Provide
    Arbitrary<Map<String, Object>> shapes() {
        List<String> keys = List.of("direction", "documentId", "notation", "type", "issueDate", "place", "abstract",
                "issuer", "signer", "recipients", "pageCount", "urgency", "confidentiality", "contentCategory",
                "reply", "replyTo", "signed", "attachments", "code", "name", "competence", "title", "fullName",
                "required", "deadline", "mediaType", "size", "sha256", "role", "other");
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.of("outgoing", "incoming", "QĐ", "2025-01-24", "000.00.00.H37", "000.00.00.H37,2025,1",
                        "12/QĐ-UBND", "main", "KT.", "khan", "mat", "complaint").map(s -> (Object) s),
                Arbitraries.bigDecimals().ofScale(2).between(java.math.BigDecimal.valueOf(-1e12),
                        java.math.BigDecimal.valueOf(1e12)).map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        Arbitrary<Object> inner = Arbitraries.oneOf(leaf,
                Arbitraries.maps(Arbitraries.of(keys), leaf).ofMaxSize(6).map(m -> (Object) m),
                Arbitraries.maps(Arbitraries.of(keys), leaf).ofMaxSize(6).list().ofMaxSize(3).map(l -> (Object) l),
                leaf.list().ofMaxSize(3).map(l -> (Object) l));
        return Arbitraries.maps(Arbitraries.of(keys), inner).ofMaxSize(keys.size())
                .map(m -> {
                    Map<String, Object> withDirection = new LinkedHashMap<>(m);
                    withDirection.putIfAbsent("direction", "outgoing");
                    return withDirection;
                });
    }
}
