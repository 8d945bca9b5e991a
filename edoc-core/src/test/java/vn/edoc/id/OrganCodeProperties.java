package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Organisation codes built from their parts (form and levels) by this test's own writer, not by the class under
 * test, then parsed: the levels, the depth and the parent must be the ones the code was built from.
 */
class OrganCodeProperties {

    /** The parts of a code: its form and its significant levels, level 1 first. */
    record Parts(OrganCode.Form form, List<String> levels) {
        String write() {
            if (form == OrganCode.Form.QD_20_2020) {
                return String.join(".", levels);
            }
            String[] groups = {"000", "00", "00"};
            for (int level = 2; level <= levels.size(); level++) {
                groups[4 - level] = levels.get(level - 1);
            }
            return groups[0] + "." + groups[1] + "." + groups[2] + "." + levels.get(0);
        }
    }

    @Property(tries = 400)
    void parsingACodeBuiltFromItsPartsGivesThoseParts(@ForAll("parts") Parts parts) {
        OrganCode code = OrganCode.parse(parts.write());
        assertThat(code.form()).isEqualTo(parts.form());
        assertThat(code.levels()).isEqualTo(parts.levels());
        assertThat(code.depth()).isEqualTo(parts.levels().size());
        assertThat(code.levelOneGroup()).isEqualTo(parts.levels().get(0));
        if (parts.levels().size() == 1) {
            assertThat(code.parent()).isEmpty();
        } else {
            Parts up = new Parts(parts.form(), parts.levels().subList(0, parts.levels().size() - 1));
            assertThat(code.parent()).contains(OrganCode.parse(up.write()));
            assertThat(code.parent().orElseThrow().value()).isEqualTo(up.write());
            assertThat(code.parent().orElseThrow().isAncestorOf(code)).isTrue();
            assertThat(code.parent().orElseThrow().compareTo(code)).isNegative();
        }
    }

    @Provide
    Arbitrary<Parts> parts() {
        Arbitrary<String> levelOne = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.integers().between(0, 99)).as((c, n) -> c + String.format("%02d", n));
        Arbitrary<String> two = Arbitraries.integers().between(1, 99).map(n -> String.format("%02d", n));
        Arbitrary<String> three = Arbitraries.integers().between(1, 999).map(n -> String.format("%03d", n));
        Arbitrary<Parts> qcvn = Combinators.combine(levelOne, Arbitraries.integers().between(1, 4), two, two, three)
                .as((l1, depth, l2, l3, l4) -> {
                    List<String> levels = new ArrayList<>(List.of(l1, l2, l3, l4));
                    return new Parts(OrganCode.Form.QCVN_102_2016, List.copyOf(levels.subList(0, depth)));
                });
        Arbitrary<String> group = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(4);
        Arbitrary<Parts> qd20 = Combinators.combine(levelOne, group.list().ofMaxSize(5)).as((l1, rest) -> {
            List<String> levels = new ArrayList<>();
            levels.add(l1);
            levels.addAll(rest);
            return new Parts(OrganCode.Form.QD_20_2020, List.copyOf(levels));
        });
        return Arbitraries.oneOf(qcvn, qd20);
    }
}
