package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.document.Attachment;
import vn.edoc.document.Confidentiality;
import vn.edoc.document.ContentCategory;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Organisation;
import vn.edoc.document.Recipient;
import vn.edoc.document.ReplyRequirement;
import vn.edoc.document.Signer;
import vn.edoc.document.SigningCompetence;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.memory.MemoryContentStore;

/** Document → edXML bytes → Document keeps every field both have. */
class DocumentMappingProperties {

    static final List<String> CODES = List.of("000.00.00.H37", "000.00.12.H37", "000.00.00.G22", "000.00.04.G14",
            "000.00.11.H53", "000.00.01.A53");
    static final List<String> NOTATIONS = List.of("QĐ-UBND", "UBND-VX", "BC-STTTT", "2024/QĐ-UBND", "TB-VP",
            "KH-UBND", "VPCP-TTĐT");

    @Property(tries = 200)
    void aDocumentSurvivesThePackage(@ForAll("documents") Document document) {
        MemoryContentStore store = new MemoryContentStore();
        List<Attachment> stored = new ArrayList<>();
        for (Attachment a : document.attachments()) {
            ContentRef ref = store.put(new java.io.ByteArrayInputStream(Fixtures.bytes(a.name() + a.size())));
            stored.add(new Attachment(a.name(), a.mediaType(), ref.size(), ref.sha256(), a.role()));
        }
        Document original = document.toBuilder().attachments(stored).build();
        EdxmlPackage p = EdxmlDocuments.toPackage(original, BusinessDocType.NEW, "", Optional.empty(),
                LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store), p);
        EdxmlRead read = Fixtures.read(EdxmlReader.of(new MemoryContentStore()), bytes);
        EdxmlDocuments.Mapped back = EdxmlDocuments.toDocument(read.documentPackage(), original.direction());
        assertThat(back.document()).isEqualTo(original);
        assertThat(read.warnings().violations()).isEmpty();
    }

    @Example
    void whatEdxmlCannotCarryIsRefused() {
        Document base = Document.builder().direction(Direction.OUTGOING)
                .issuer(OrganCode.parse("000.00.00.H37"), "UBND tỉnh Lạng Sơn").build();
        assertThatThrownBy(() -> EdxmlDocuments.toHeader(base.toBuilder().confidentiality(Confidentiality.MAT)
                .build())).isInstanceOfSatisfying(EdxmlException.class,
                e -> assertThat(e.kind()).isEqualTo(EdxmlViolation.UNREPRESENTABLE));
        assertThatThrownBy(() -> EdxmlDocuments.toHeader(base.toBuilder()
                .reply(ReplyRequirement.withoutDeadline()).build())).isInstanceOf(EdxmlException.class);
        assertThatThrownBy(() -> EdxmlDocuments.toHeader(Document.builder().direction(Direction.OUTGOING).build()))
                .isInstanceOfSatisfying(EdxmlException.class, e -> assertThat(e.where()).isEqualTo("From"));
    }

    @Example
    void competenceIsReadFromWhatOthersWrite() {
        EdxmlHeader h = EdxmlHeader.builder(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                .signer(new EdxmlHeader.SignerInfo("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Thành Phúc")).build();
        EdxmlDocuments.Mapped m = EdxmlDocuments.toDocument(new EdxmlPackage(h, TraceInfo.none(), List.of()),
                Direction.INCOMING);
        assertThat(m.document().signer()).contains(new Signer(SigningCompetence.KT, "THỨ TRƯỞNG",
                "Nguyễn Thành Phúc"));
        assertThat(m.result().violations()).isEmpty();
    }

    @Example
    void recipientsComeFromToWhenToPlacesIsMissingAndBadCodesAreReported() {
        EdxmlHeader h = EdxmlHeader.builder(Organization.of("000.00.00.G2", "Sai mã"))
                .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An")).build();
        EdxmlDocuments.Mapped m = EdxmlDocuments.toDocument(new EdxmlPackage(h, TraceInfo.none(), List.of()),
                Direction.INCOMING);
        assertThat(m.document().recipients()).containsExactly(Recipient.of("UBND tỉnh Nghệ An",
                OrganCode.parse("000.00.00.H41")));
        assertThat(m.document().issuer()).isEmpty();
        assertThat(m.result().violations()).extracting(v -> v.path())
                .contains("MessageHeader/ToPlaces", "MessageHeader/From/OrganId");
        assertThat(m.result().isValid()).isFalse();
    }

    // ------------------------------------------------------------------------------------------ generators

    static Arbitrary<String> text() {
        Arbitrary<String> words = Arbitraries.of("Ủy ban", "nhân dân", "tỉnh", "Lạng Sơn", "về việc", "chuyển đổi",
                "số", "năm", "2025", "&", "<ưu tiên>", "Sở", "Thông tin", "báo cáo", "\"kế hoạch\"", "đợt 2;",
                "Hỏa tốc", "phụ lục", "a>b", "Ω", "𝔸");
        return words.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
    }

    static Arbitrary<OrganCode> code() {
        return Arbitraries.of(CODES).map(OrganCode::parse);
    }

    static Arbitrary<Notation> notation() {
        return Combinators.combine(Arbitraries.integers().between(1, 99999), Arbitraries.of(NOTATIONS))
                .as((n, s) -> Notation.parse(String.format("%02d/%s", n, s)));
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 365 * 120).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    }

    static Arbitrary<DocumentId> documentId() {
        Arbitrary<DocumentId> seed = Combinators.combine(code(), Arbitraries.integers().between(1990, 2100),
                Arbitraries.integers().between(1, 99999)).as((c, y, n) -> DocumentId.parse(c.value() + "," + y + ","
                + n));
        Arbitrary<DocumentId> edxml = Combinators.combine(code(), date(), notation()).as((c, d, n) ->
                DocumentId.parse(c.value() + "," + String.format("%04d/%02d/%02d", d.getYear(), d.getMonthValue(),
                        d.getDayOfMonth()) + "," + n.format()));
        return Arbitraries.oneOf(seed, edxml);
    }

    static Arbitrary<List<Recipient>> recipients() {
        Arbitrary<Recipient> one = Combinators.combine(text(), code().optional())
                .as((n, c) -> new Recipient(n, c));
        return one.list().ofMaxSize(5).map(list -> {
            Set<String> names = new LinkedHashSet<>();
            List<Recipient> out = new ArrayList<>();
            for (Recipient r : list) {
                if (names.add(r.name())) {
                    out.add(r);
                }
            }
            return out;
        });
    }

    static Arbitrary<List<Attachment>> attachments() {
        Arbitrary<Attachment> one = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
                        .ofMaxLength(12), Arbitraries.of(".pdf", ".docx", ".xlsx", ".zip"),
                Arbitraries.of("application/pdf", "application/zip", "application/octet-stream"),
                Arbitraries.longs().between(0, 100_000), Arbitraries.of(Attachment.Role.values()))
                .as((n, ext, type, size, role) -> new Attachment(n + ext, type, size, "0".repeat(64), role));
        return one.list().ofMaxSize(4).map(list -> {
            Set<String> names = new LinkedHashSet<>();
            List<Attachment> out = new ArrayList<>();
            for (Attachment a : list) {
                if (names.add(a.name())) {
                    out.add(a);
                }
            }
            return out;
        });
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<Signer> signer = Combinators.combine(Arbitraries.of(SigningCompetence.values()), text(), text())
                .as(Signer::new);
        Arbitrary<Document.Builder> first = Combinators.combine(Arbitraries.of(Direction.values()),
                documentId().injectNull(0.3), notation().injectNull(0.3), Arbitraries.of(DocumentType.values())
                        .injectNull(0.2), date().injectNull(0.2), text().injectNull(0.2), text().injectNull(0.1),
                Combinators.combine(code(), text()).as(Organisation::new))
                .as((dir, id, n, type, date, place, subject, issuer) -> Document.builder().direction(dir)
                        .documentId(id).notation(n).type(type).issueDate(date).place(place).subject(subject)
                        .issuer(issuer));
        // whether the document is signed travels in edoc's extension element
        Arbitrary<Document.Builder> signedOrNot = Combinators.combine(first, Arbitraries.of(true, false))
                .as(Document.Builder::signed);
        return Combinators.combine(signedOrNot, signer.injectNull(0.2), recipients(),
                        Arbitraries.integers().between(0, 999), Arbitraries.of(Urgency.values()),
                        date().injectNull(0.5), documentId().injectNull(0.5), attachments())
                .as((b, s, rs, pages, urgency, due, replyTo, atts) -> b.signer(s).recipients(rs).pageCount(pages)
                        .urgency(urgency).confidentiality(Confidentiality.NONE).contentCategory(ContentCategory.ORDINARY)
                        .reply(due == null ? null : ReplyRequirement.by(due)).replyTo(replyTo).attachments(atts)
                        .build());
    }
}
