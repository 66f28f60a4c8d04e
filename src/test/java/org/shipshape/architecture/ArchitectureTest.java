package org.shipshape.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/ARCHITECTURE.md: model <- store <- logic <- gui, cli; bench on top of everything and below
 * nothing; SQL only in store; one word per feature in every layer; one place that changes a donated item's status.
 */
class ArchitectureTest {
    /**
     * The features, with the same package name in every layer that has a part of them. A new feature gets one word
     * here and in docs/ARCHITECTURE.md, and that word in every layer.
     */
    static final Set<String> FEATURES = Set.of("intake", "inventory", "donors", "categories", "imports", "packing",
            "labels", "shipments", "loading", "customs", "planning", "safety", "settings", "sample", "audit", "home",
            "help");
    /** Packages shared by the features of one layer: plumbing, not features. */
    static final Map<String, Set<String>> SHARED = Map.of(
            "model", Set.of("common"),
            "store", Set.of("db"),
            "logic", Set.of("common", "io", "pdf", "task", "workspace", "text"),
            "gui", Set.of("app", "common", "task"),
            "cli", Set.of("app", "common"));
    /** A class whose name starts with the word belongs to that feature, whatever its layer. */
    static final Map<String, String> NAME_PREFIXES = Map.of(
            "Label", "labels",
            "Import", "imports",
            "Inventory", "inventory",
            "Donor", "donors",
            "Backup", "safety",
            "Restore", "safety",
            "Loading", "loading");

    /** Classes allowed outside the feature their name suggests, each with the reason. */
    static final Map<String, String> NAME_EXCEPTIONS = Map.of(
            "org.shipshape.store.db.BackupNaming", "the database backs itself up before a migration, so the naming"
                    + " of backup files sits beside it in store.db (store.safety builds on store.db, not the reverse)");

    private static JavaClasses classes;
    private static JavaClasses testClasses;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shipshape");
        testClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.shipshape");
    }

    private static final ArchRule LAYERS_ARE_RESPECTED = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.shipshape.model..")
            .layer("Store").definedBy("org.shipshape.store..")
            .layer("Logic").definedBy("org.shipshape.logic..")
            .layer("Gui").definedBy("org.shipshape.gui..")
            .layer("Cli").definedBy("org.shipshape.cli..")
            .layer("Bench").definedBy("org.shipshape.bench..")
            .whereLayer("Bench").mayNotBeAccessedByAnyLayer()
            .whereLayer("Gui").mayOnlyBeAccessedByLayers("Bench")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Bench")
            .whereLayer("Logic").mayOnlyBeAccessedByLayers("Gui", "Cli", "Bench")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Logic")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Store", "Logic", "Gui", "Cli", "Bench")
            .because("the benchmark drives the app from outside; nothing the user runs may depend on it");

    private static final ArchRule ONLY_THE_STORE_USES_SQL = noClasses().that().resideOutsideOfPackage("org.shipshape.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("SQL stays in the store layer so it can move to PostgreSQL (docs/decisions/0002)");

    private static final ArchRule MODEL_IS_PLAIN_JAVA = noClasses().that().resideInAPackage("org.shipshape.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache..",
                    "org.shipshape.store..", "org.shipshape.logic..", "org.shipshape.gui..", "org.shipshape.cli..");

    private static final ArchRule ONLY_THE_GUI_USES_JAVA_FX = noClasses().that().resideOutsideOfPackages(
                    "org.shipshape.gui..", "org.shipshape.bench..", "org.shipshape")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("logic must run headless, from the command line and in plain unit tests");

    private static final ArchRule VIEW_MODELS_HOLD_NO_NODES = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().areAssignableTo("javafx.scene.Node")
            .because("a view model holds state and commands; only the view builds nodes");

    private static final ArchRule FEATURE_PACKAGES_HAVE_NO_CYCLES = slices().matching("org.shipshape.(*).(*)..")
            .should().beFreeOfCycles();

    private static final ArchRule ONE_WORD_PER_FEATURE_IN_EVERY_LAYER = classes().that()
            .resideInAnyPackage("org.shipshape.model..", "org.shipshape.store..", "org.shipshape.logic..",
                    "org.shipshape.gui..", "org.shipshape.cli..")
            .should(resideInAFeatureOrSharedPackage())
            .because("a feature has one name in every layer (docs/ARCHITECTURE.md lists them with their folders)");

    private static final ArchRule FEATURE_WORDS_IN_NAMES_MATCH_THE_PACKAGE = classes().that()
            .resideInAnyPackage("org.shipshape.model..", "org.shipshape.store..", "org.shipshape.logic..",
                    "org.shipshape.gui..", "org.shipshape.cli..")
            .and().areTopLevelClasses()
            .should(liveInTheFeatureTheirNameStartsWith())
            .because("printing labels, imports, inventory, donors, backups and loading each live in one place per layer");

    private static final ArchRule REPOSITORIES_LIVE_IN_THE_STORE = classes().that().haveSimpleNameEndingWith("Repository")
            .should().resideInAPackage("org.shipshape.store..");

    private static final ArchRule ITEM_STATUS_CHANGES_IN_ONE_PLACE = noClasses().that()
            .doNotHaveFullyQualifiedName("org.shipshape.logic.intake.ItemStatusChanges")
            .should().callMethodWhere(callTo("org.shipshape.store.intake.ItemRepository", "updateStatus"))
            .because("a donated item's status changes in one place in logic (ItemStatusChanges)");

    private static final ArchRule TESTS_DO_NOT_MEASURE_TIME = noClasses()
            .should().callMethodWhere(callTo("java.lang.System", "nanoTime"))
            .because("speed is measured by `shipshape bench`, never by tests (docs/PERFORMANCE.md)");

    private static final ArchRule TESTS_DO_NOT_PRINT = noClasses().that().haveSimpleNameNotEndingWith("Child")
            .should().accessField("java.lang.System", "out")
            .because("a test asserts; it does not print figures for someone to read (child processes talk to their"
                    + " parent on stdout, so *Child classes may)");

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

    @Test
    void everyLayerUsesTheSameFeatureWords() {
        ONE_WORD_PER_FEATURE_IN_EVERY_LAYER.check(classes);
    }

    @Test
    void classesNamedForAFeatureLiveInIt() {
        FEATURE_WORDS_IN_NAMES_MATCH_THE_PACKAGE.check(classes);
    }

    @Test
    void repositoriesLiveInTheStore() {
        REPOSITORIES_LIVE_IN_THE_STORE.check(classes);
    }

    @Test
    void onlyItemStatusChangesWritesAnItemsStatus() {
        ITEM_STATUS_CHANGES_IN_ONE_PLACE.check(classes);
    }

    @Test
    void testsNeitherTimeNorPrint() {
        TESTS_DO_NOT_MEASURE_TIME.check(testClasses);
        TESTS_DO_NOT_PRINT.check(testClasses);
    }

    /** The feature package of a class: the second name after org.shipshape (gui.packing -> packing). */
    static String featureOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 3 ? parts[3] : "";
    }

    private static String layerOf(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    private static ArchCondition<JavaClass> resideInAFeatureOrSharedPackage() {
        return new ArchCondition<>("reside in a feature package or a shared package of its layer") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String feature = featureOf(javaClass);
                boolean allowed = FEATURES.contains(feature)
                        || SHARED.getOrDefault(layerOf(javaClass), Set.of()).contains(feature);
                if (!allowed) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is in '" + feature
                            + "', which is neither a feature " + FEATURES + " nor shared in its layer"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> liveInTheFeatureTheirNameStartsWith() {
        return new ArchCondition<>("live in the feature their name starts with") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String name = javaClass.getSimpleName();
                if (NAME_EXCEPTIONS.containsKey(javaClass.getName())) {
                    return;
                }
                if (name.endsWith("Import")) { // DonorImport imports donors: it is an import first
                    if (!featureOf(javaClass).equals("imports")) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                + " ends with 'Import' but is not in an 'imports' package"));
                    }
                    return;
                }
                NAME_PREFIXES.forEach((prefix, feature) -> {
                    if (name.startsWith(prefix) && !featureOf(javaClass).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " starts with '"
                                + prefix + "' but is not in a '" + feature + "' package"));
                    }
                });
            }
        };
    }

    private static DescribedPredicate<JavaMethodCall> callTo(String owner, String method) {
        return DescribedPredicate.describe(owner + "." + method, call -> call.getTargetOwner().getName().equals(owner)
                && call.getName().equals(method));
    }
}
