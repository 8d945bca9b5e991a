package vn.edoc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module rules of edoc-core, checked on its compiled classes (docs/decisions.md, "Structure"): the core needs
 * the JDK and SLF4J only; the package graph has no cycle; an {@code internal} package is used only by its owner and
 * not exported by {@code module-info}; library code writes nothing to the console.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.edoc");

    @Test
    void theClassesOfTheCoreAreImported() {
        assertThat(CORE.size()).isGreaterThan(300);
        assertThat(CORE.contain("vn.edoc.routing.IncomingFlow")).isTrue();
        assertThat(CORE.stream().map(JavaClass::getSimpleName)).doesNotContain("ArchitectureTest");
    }

    @Test
    void theCoreDependsOnTheJdkAndSlf4jOnly() {
        // javax.sql is the DataSource of the JDK's java.sql module, which the JDBC adapter uses
        classes().that().resideInAPackage("vn.edoc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "org.slf4j..", "vn.edoc..")
                .check(CORE);
    }

    @Test
    void anInternalPackageIsUsedOnlyByItsOwner() {
        // vn.edoc.internal.* is shared machinery of this module (the other modules are checked by their own
        // ArchitectureTest); a package's own internal package is its alone
        noClasses().that().resideOutsideOfPackage("vn.edoc.time..")
                .should().dependOnClassesThat().resideInAPackage("vn.edoc.time.internal..")
                .check(CORE);
    }

    @Test
    void libraryCodeWritesNothingToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("library code logs through SLF4J")
                .check(CORE);
    }

    @Test
    void moduleInfoExportsEveryPackageButTheInternalOnes() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertThat(module.name()).isEqualTo("vn.edoc.core");
        Set<String> packages = CORE.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith("vn.edoc"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).as("no internal package is exported").noneMatch(p -> p.matches(".*\\binternal\\b.*"));
        assertThat(exported).containsExactlyInAnyOrderElementsOf(packages.stream()
                .filter(p -> !p.matches(".*\\binternal\\b.*")).toList());
        assertThat(module.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "org.slf4j", "java.sql");
    }
}
