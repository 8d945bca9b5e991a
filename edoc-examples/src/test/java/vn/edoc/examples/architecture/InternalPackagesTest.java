package vn.edoc.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The modules built on edoc-core use its API only: its {@code internal} packages, which its {@code module-info}
 * does not export, are not reached from edoc-signature, edoc-interconnect or edoc-examples even on the class path.
 */
class InternalPackagesTest {

    private static final JavaClasses OTHERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.edoc.signature", "vn.edoc.interconnect", "vn.edoc.examples");

    @Test
    void noOtherModuleUsesTheCoresInternalPackages() {
        assertThat(OTHERS.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("signature", "interconnect", "examples");
        noClasses().should().dependOnClassesThat().resideInAPackage("vn.edoc..internal..")
                .because("internal packages are not API (edoc-core's module-info does not export them)")
                .check(OTHERS);
    }
}
