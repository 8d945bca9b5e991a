package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import vn.edoc.id.AccountNames.AccountRequest;
import vn.edoc.text.Diacritics;
import vn.edoc.validation.Parsed;

class IdProperties {

    // ----- round trips -----

    @Property(tries = 500)
    void organCodeRoundTripsInBothForms(@ForAll("organCodes") OrganCode code) {
        OrganCode back = OrganCode.parse(code.value());
        assertThat(back).isEqualTo(code);
        assertThat(back.form()).isEqualTo(code.form());
        assertThat(back.levels()).isEqualTo(code.levels());
        code.parent().ifPresent(p -> assertThat(p.isAncestorOf(code)).isTrue());
        code.parent().ifPresent(p -> assertThat(p.compareTo(code)).isNegative());
    }

    @Property(tries = 500)
    void notationRoundTrips(@ForAll("notations") Notation notation) {
        Parsed<Notation> back = Notation.check(notation.format());
        assertThat(back.value()).isEqualTo(notation);
        assertThat(back.result().errors()).isEmpty();
        assertThat(Notation.fromEdxml(notation.codeNumber(), notation.codeNotation()).value()).isEqualTo(notation);
    }

    @Property(tries = 300)
    void seedDocumentIdRoundTrips(@ForAll("organCodes") OrganCode organ,
                                  @ForAll("years") int year,
                                  @ForAll("sequences") int sequence) {
        SeedDocumentId id = new SeedDocumentId(organ, year, sequence);
        assertThat(DocumentId.parse(id.format())).isEqualTo(id);
    }

    @Property(tries = 300)
    void edxmlDocumentIdRoundTrips(@ForAll("organCodes") OrganCode organ,
                                   @ForAll("dates") LocalDate date,
                                   @ForAll("notations") Notation notation) {
        EdxmlDocumentId id = new EdxmlDocumentId(organ, date, notation);
        assertThat(DocumentId.parse(id.format())).isEqualTo(id);
        assertThat(id.toSeed().toEdxml(date, notation)).isEqualTo(id);
    }

    @Property(tries = 300)
    void seedIdsOfDifferentNumberSeriesNeverCollide(@ForAll("organCodes") OrganCode organ,
                                                    @ForAll("dates") LocalDate date,
                                                    @ForAll("notations") Notation a,
                                                    @ForAll("notations") Notation b) {
        SeedDocumentId seedA = new EdxmlDocumentId(organ, date, a).toSeed();
        SeedDocumentId seedB = new EdxmlDocumentId(organ, date, b).toSeed();
        assertThat(DocumentId.parse(seedA.format())).isEqualTo(seedA);
        if (!SeedDocumentId.seriesOf(a).equals(SeedDocumentId.seriesOf(b))) {
            assertThat(seedA).isNotEqualTo(seedB);
        }
        if (a.number() == b.number() && a.year().isPresent() && b.year().isEmpty()) {
            assertThat(seedA).isNotEqualTo(seedB);
        }
    }

    // ----- untrusted text never throws, and what is read reads back the same -----

    @Property(tries = 300)
    void checkNeverThrowsOnJunk(@ForAll("junk") String text) {
        Parsed<OrganCode> organ = OrganCode.check(text);
        assertThat(organ.isValid()).isEqualTo(organ.value() != null);
        organ.toOptional().ifPresent(o -> assertThat(OrganCode.parse(o.value())).isEqualTo(o));

        Parsed<Notation> notation = Notation.check(text);
        assertThat(notation.isValid()).isEqualTo(notation.value() != null);
        notation.toOptional().ifPresent(n -> {
            Parsed<Notation> again = Notation.check(n.format());
            assertThat(again.value()).isEqualTo(n);
        });

        Parsed<DocumentId> id = DocumentId.check(text);
        assertThat(id.isValid()).isEqualTo(id.value() != null);
        id.toOptional().ifPresent(d -> assertThat(DocumentId.parse(d.format())).isEqualTo(d));

        Parsed<String> account = AccountNames.base(text);
        account.toOptional().ifPresent(a -> assertThat(a).matches("[a-z]+"));

        Parsed<String> slug = UnitSlug.check(text);
        slug.toOptional().ifPresent(s -> assertThat(UnitSlug.isSlug(s)).isTrue());

        assertThat(DocumentType.byName(text)).isNotNull();
        assertThat(DocumentType.byAbbreviation(text)).isNotNull();
        assertThat(DocumentType.byAbbreviationIgnoringCase(text)).isNotNull();
    }

    @Property(tries = 300)
    void checkNeverThrowsOnNearMisses(@ForAll("nearMisses") String text) {
        checkNeverThrowsOnJunk(text);
    }

    // ----- account names -----

    @Property(tries = 300)
    void assignedAccountNamesAreAsciiLowercaseAndUnique(@ForAll("people") List<AccountRequest> people,
                                                        @ForAll("suffixes") String suffix,
                                                        @ForAll("taken") Set<String> taken) {
        String tail = suffix.isEmpty() ? "" : "." + suffix;
        List<String> names = AccountNames.assignAll(people, suffix.isEmpty() ? null : suffix, taken);
        assertThat(names).hasSize(people.size());
        // the documented rule: names of this unit (with our suffix or none) count; without a suffix of our own,
        // every name counts by its part before the dot
        Set<String> takenLocal = taken.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> tail.isEmpty() || t.endsWith(tail) || t.indexOf('.') < 0)
                .map(t -> t.split("\\.")[0])
                .collect(Collectors.toSet());
        for (String name : names) {
            assertThat(Diacritics.isAscii(name)).isTrue();
            assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT));
            assertThat(name).matches("[a-z]+[0-9]*" + tail.replace(".", "\\."));
            assertThat(takenLocal).doesNotContain(name.substring(0, name.length() - tail.length()));
        }
        assertThat(new HashSet<>(names)).hasSize(names.size());
        // a leader whose plain name was free keeps it
        for (int i = 0; i < people.size(); i++) {
            String plain = AccountNames.base(people.get(i).fullName()).value();
            if (people.get(i).leader() && !takenLocal.contains(plain)) {
                boolean earlierLeaderNamesake = false;
                for (int j = 0; j < i; j++) {
                    earlierLeaderNamesake |= people.get(j).leader()
                            && AccountNames.base(people.get(j).fullName()).value().equals(plain);
                }
                if (!earlierLeaderNamesake) {
                    assertThat(names.get(i)).isEqualTo(plain + tail);
                }
            }
        }
    }

    // ----- generators -----

    @Provide
    Arbitrary<OrganCode> organCodes() {
        Arbitrary<String> levelOne = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.integers().between(0, 99)).as((c, n) -> String.format(Locale.ROOT, "%c%02d", c, n));
        Arbitrary<String> qcvn = Combinators.combine(levelOne, Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 99),
                Arbitraries.integers().between(1, 999)).as((l1, depth, l2, l3, l4) -> String.format(Locale.ROOT,
                "%03d.%02d.%02d.%s", depth >= 4 ? l4 : 0, depth >= 3 ? l3 : 0, depth >= 2 ? l2 : 0, l1));
        Arbitrary<String> group = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> qd20 = Combinators.combine(levelOne, group.list().ofMaxSize(6))
                .as((l1, rest) -> rest.isEmpty() ? l1 : l1 + "." + String.join(".", rest))
                .filter(s -> s.length() <= OrganCode.MAX_LENGTH);
        return Arbitraries.oneOf(qcvn, qd20).map(OrganCode::parse);
    }

    @Provide
    Arbitrary<Notation> notations() {
        List<DocumentType> withAbbreviation = Arrays.stream(DocumentType.values())
                .filter(t -> t.abbreviation().isPresent()).toList();
        Arbitrary<DocumentType> types = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of(withAbbreviation));
        // "TTG" is not canonical: only "TTg" (Thủ tướng) is, and a parse reads every casing of it as "TTg"
        Arbitrary<String> abbreviation = Arbitraries.strings().withChars("ABCDEGHIKLMNOPQRSTUVXYĐ")
                .ofMinLength(1).ofMaxLength(6).filter(IdProperties::notMixedCaseIssuer);
        Arbitrary<String> issuer = Arbitraries.oneOf(abbreviation, Arbitraries.of("UBND", "VPCP", "TTg", "HĐND",
                "QH15", "CP", "BNV"));
        Arbitrary<List<String>> units = Arbitraries.strings().withChars("ABCDĐGHKLMNPQRSTUVX0123456789")
                .ofMinLength(1).ofMaxLength(5).filter(IdProperties::notMixedCaseIssuer).list().ofMaxSize(3);
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2999);
        return Combinators.combine(Arbitraries.integers().between(1, 99_999), years, Arbitraries.of(true, false),
                types, issuer, units).as((number, year, wantYear, type, iss, us) -> {
                    Integer y = yearFor(type, wantYear ? year : null, year);
                    return new Object[] {number, y, type, iss, us};
                })
                .filter(p -> p[2] != null || !readAsType((String) p[3]))
                .filter(p -> length(p) <= Notation.MAX_NOTATION_LENGTH)
                .map(p -> {
                    @SuppressWarnings("unchecked")
                    List<String> us = (List<String>) p[4];
                    return Notation.of((Integer) p[0], (Integer) p[1], (DocumentType) p[2], (String) p[3],
                            us.toArray(new String[0]));
                });
    }

    private static boolean notMixedCaseIssuer(String group) {
        return !group.equalsIgnoreCase("TTg");
    }

    /** True when a first group would be read as a type (or the công văn marker CV), also once Đ is folded. */
    private static boolean readAsType(String group) {
        String key = vn.edoc.text.Diacritics.fold(group).toUpperCase(java.util.Locale.ROOT);
        return key.equals("CV") || java.util.Arrays.stream(DocumentType.values()).anyMatch(t -> t.abbreviation()
                .map(a -> vn.edoc.text.Diacritics.fold(a).toUpperCase(java.util.Locale.ROOT).equals(key))
                .orElse(false));
    }

    /**
     * The year a type needs to be read back as itself: a legal normative type always carries one, an administrative
     * type never (QĐ and NQ with a year are the legal normative ones).
     */
    private static Integer yearFor(DocumentType type, Integer wanted, int any) {
        if (type == null) {
            return wanted;
        }
        return type.legalNormative() ? Integer.valueOf(any) : null;
    }

    private static int length(Object[] p) {
        int n = ((String) p[3]).length();
        if (p[1] != null) {
            n += 5;
        }
        if (p[2] != null) {
            n += ((DocumentType) p[2]).abbreviation().orElseThrow().length() + 1;
        }
        @SuppressWarnings("unchecked")
        List<String> us = (List<String>) p[4];
        for (String u : us) {
            n += u.length() + 1;
        }
        return n;
    }

    @Provide
    Arbitrary<Integer> years() {
        return Arbitraries.integers().between(DocumentId.MIN_YEAR, DocumentId.MAX_YEAR);
    }

    @Provide
    Arbitrary<Integer> sequences() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(1, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(64);
        Arbitrary<String> huge = Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(4000);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001F')
                .withChars('\u007F', '\u00A0', '\u200B', '\uFEFF', '\uD800', '\uDC00', '\u0301', '\u0323')
                .ofMaxLength(40);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, any), net.jqwik.api.Tuple.of(1, huge), net.jqwik.api.Tuple.of(2, controls));
    }

    @Provide
    Arbitrary<String> nearMisses() {
        return Arbitraries.strings()
                .withChars("0123456789./,-–—−／ QĐqđyYrRTtUBNDVXHGAg\u0000\u0301\u00A0'&")
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<List<AccountRequest>> people() {
        Arbitrary<String> family = Arbitraries.of("Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Trương", "Đỗ");
        Arbitrary<String> middle = Arbitraries.of("Văn", "Thị", "Ngọc", "Ưng", "Đình", "Thu");
        Arbitrary<String> given = Arbitraries.of("Chiến", "Trâm", "Đức", "Hòa", "Hoà", "Hương", "An");
        Arbitrary<String> name = Combinators.combine(family, middle.list().ofMaxSize(2), given)
                .as((f, m, g) -> f + " " + String.join(" ", m) + (m.isEmpty() ? "" : " ") + g);
        return Combinators.combine(name, Arbitraries.of(true, false)).as(AccountRequest::new)
                .list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("", "bimson", "sonla");
    }

    @Provide
    Arbitrary<Set<String>> taken() {
        Arbitrary<String> one = Combinators.combine(Arbitraries.of("chiennv", "tramdtn", "ductu", "hoanv", "anpt",
                "CHIENNV", "chienlv"), Arbitraries.of("", "1", "2"), Arbitraries.of("", ".bimson", ".sonla"))
                .as((a, b, c) -> a + b + c);
        return one.set().ofMaxSize(6).map(s -> new HashSet<>(new ArrayList<>(s)));
    }
}
