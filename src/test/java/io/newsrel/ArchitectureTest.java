package io.newsrel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of the package map in the README. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsrel");

    /**
     * picocli and logback are optional dependencies (they do not reach a project embedding newsrel,
     * see the pom and examples/embed): only the command line may use them.
     */
    @Test
    void onlyTheCliUsesTheCliLibraries() {
        noClasses().that().resideOutsideOfPackage("io.newsrel.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "ch.qos.logback..")
                .check(CLASSES);
    }

    /** jsoup, jwarc and zstd-jni are optional too: only the readers of those input formats may use them. */
    @Test
    void onlyTheInputReadersUseTheFormatLibraries() {
        noClasses().that().resideOutsideOfPackage("io.newsrel.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "org.netpreserve..", "com.github.luben..")
                .check(CLASSES);
    }

    @Test
    void theLibraryDoesNotDependOnTheCli() {
        noClasses().that().resideOutsideOfPackage("io.newsrel.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.newsrel.cli..")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotDependOnTheBatchEdge() {
        noClasses().that().resideInAnyPackage("io.newsrel.model..", "io.newsrel.annotate..",
                        "io.newsrel.entities..", "io.newsrel.relations..", "io.newsrel.output..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsrel.batch..", "io.newsrel.ingest..")
                .check(CLASSES);
    }

    @Test
    void theDataModelDependsOnNoStage() {
        noClasses().that().resideInAPackage("io.newsrel.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsrel.annotate..", "io.newsrel.entities..",
                        "io.newsrel.relations..", "edu.stanford..")
                .check(CLASSES);
    }

    /** Spark is provided by a cluster and absent from target/newsrel.jar: only io.newsrel.spark may use it. */
    @Test
    void onlyTheSparkEdgeUsesSpark() {
        noClasses().that().resideOutsideOfPackage("io.newsrel.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(CLASSES);
    }

    /** The HTTP server is an edge like the CLI: only io.newsrel.server uses Jetty. */
    @Test
    void onlyTheServerEdgeUsesJetty() {
        noClasses().that().resideOutsideOfPackage("io.newsrel.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..")
                .check(CLASSES);
    }

    /** The commands print: the CLI, and the Spark job's driver, whose summary goes to the driver's stderr. */
    @Test
    void theLibraryNeverPrintsToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("io.newsrel.cli..")
                .and().doNotHaveFullyQualifiedName("io.newsrel.spark.ExtractJob")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
