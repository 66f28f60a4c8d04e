package org.shipshape.cli;

import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.common.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.planning.PlanningFixture;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine;

class PlanShipmentCommandTest {
    @TempDir
    static Path dir;
    private static Path database;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createShipment() {
        database = dir.resolve("t.db");
        try (Workspace workspace = Workspace.open(database, false, "Test volunteer")) {
            PlanningFixture.createShipment(workspace);
        }
    }

    private int run(String... args) {
        CommandLine commandLine = ShipshapeCommand.commandLine(options -> {
            throw new AssertionError("The window must not open");
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void printsFillUnplacedAndWarningsAndWritesThePdf() throws IOException {
        Path pdf = dir.resolve("plan.pdf");

        int exit = run("--db", database.toString(), "plan", "--shipment", PlanningFixture.REFERENCE, "-o",
                pdf.toString(), "--time-limit", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Shipment " + PlanningFixture.REFERENCE + ", 20 ft standard (20GP)")
                .contains("Loaded: " + PlanningFixture.PLANNABLE + " of 24 packages, volume ")
                .containsPattern("weight \\d+\\.\\d %")
                .contains("Centre of gravity: x ")
                .contains("Not loaded (1):", PlanningFixture.TOO_WIDE + ": ", "door")
                .contains("Not planned (2)", PlanningFixture.UNMEASURED, PlanningFixture.UNWEIGHED)
                .contains("Loading plan written to " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Loading plan " + PlanningFixture.REFERENCE,
                    "TST-0001", "Page 1 of");
        }
    }

    @Test
    void autoChoosesOneContainerForALoadThatFitsAndGivenContainersEachGetASectionOfThePdf() throws IOException {
        int exit = run("--db", database.toString(), "plan", "--shipment", PlanningFixture.REFERENCE, "--containers",
                "auto", "--time-limit", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Shipment " + PlanningFixture.REFERENCE + ", 20 ft standard (20GP)")
                .contains("Loaded: " + PlanningFixture.PLANNABLE + " of 24 packages");

        Path pdf = dir.resolve("two.pdf");
        out.getBuffer().setLength(0);
        exit = run("--db", database.toString(), "plan", "--shipment", PlanningFixture.REFERENCE, "--containers",
                "40hc,20GP", "--together", "TST-0001,TST-0013", "-o", pdf.toString(), "--time-limit", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 containers, 40HC + 20GP", "Container 1 of 2, 40 ft high cube (40HC)",
                "Container 2 of 2, 20 ft standard (20GP): 0 packages", "Loading order: ");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("container 1 of 2: 40 ft high cube (40HC)",
                    "container 2 of 2: 20 ft standard (20GP)");
        }
    }

    @Test
    void anUnknownContainerTypeIsRejectedNamingTheKnownOnes() {
        int exit = run("--db", database.toString(), "plan", "--shipment", PlanningFixture.REFERENCE, "--containers",
                "45HC", "--time-limit", "1");

        assertThat(exit).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("45HC", "20GP", "40GP", "40HC");
    }

    @Test
    void unknownShipmentIsRejected() {
        int exit = run("--db", database.toString(), "plan", "--shipment", "NOPE-1", "--time-limit", "1");

        assertThat(exit).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("There is no shipment NOPE-1");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void neitherShipmentNorInstancesIsAUsageError() {
        assertThat(run("--db", database.toString(), "plan")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--shipment REF");
        assertThat(run("--db", database.toString(), "plan", "--shipment", PlanningFixture.REFERENCE, "--time-limit",
                "0")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("positive --time-limit");
    }

    @Test
    void instancesModeDoesNotOpenTheDatabase() {
        Path unusable = dir.resolve("no-such-folder").resolve("t.db");

        int exit = run("--db", unusable.toString(), "plan", "--instances", dir.resolve("none.txt").toString());

        assertThat(exit).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("none.txt");
        assertThat(Files.exists(unusable.getParent())).isFalse();
    }
}
