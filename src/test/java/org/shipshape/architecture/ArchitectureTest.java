package org.shipshape.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/ARCHITECTURE.md: model <- store <- logic <- gui, cli; SQL only in store. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shipshape");
    }

    private static final ArchRule LAYERS_ARE_RESPECTED = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.shipshape.model..")
            .layer("Store").definedBy("org.shipshape.store..")
            .layer("Logic").definedBy("org.shipshape.logic..")
            .layer("Gui").definedBy("org.shipshape.gui..")
            .layer("Cli").definedBy("org.shipshape.cli..")
            .whereLayer("Gui").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Logic").mayOnlyBeAccessedByLayers("Gui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Logic")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Store", "Logic", "Gui", "Cli");

    private static final ArchRule ONLY_THE_STORE_USES_SQL = noClasses().that().resideOutsideOfPackage("org.shipshape.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("SQL stays in the store layer so it can move to PostgreSQL (docs/decisions/0002)");

    private static final ArchRule MODEL_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("org.shipshape.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache..",
                    "org.shipshape.store..", "org.shipshape.logic..", "org.shipshape.gui..", "org.shipshape.cli..");

    private static final ArchRule ONLY_THE_GUI_USES_JAVA_FX = noClasses().that().resideOutsideOfPackages("org.shipshape.gui..",
                    "org.shipshape")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("logic must run headless, from the command line and in plain unit tests");

    private static final ArchRule VIEW_MODELS_HOLD_NO_NODES = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().areAssignableTo("javafx.scene.Node")
            .because("a view model holds state and commands; only the view builds nodes");

    private static final ArchRule FEATURE_PACKAGES_HAVE_NO_CYCLES = slices().matching("org.shipshape.(*).(*)..")
            .should().beFreeOfCycles();

    @Test
    void layersAreRespected() {
        LAYERS_ARE_RESPECTED.check(classes);
    }

    @Test
    void onlyTheStoreUsesSql() {
        ONLY_THE_STORE_USES_SQL.check(classes);
    }

    @Test
    void modelIsPlainJava() {
        MODEL_IS_PLAIN_JAVA.check(classes);
    }

    @Test
    void onlyTheGuiUsesJavaFx() {
        ONLY_THE_GUI_USES_JAVA_FX.check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        VIEW_MODELS_HOLD_NO_NODES.check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        FEATURE_PACKAGES_HAVE_NO_CYCLES.check(classes);
    }
}
