package org.shipshape.cli;

import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.common.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.packing.PackingFixture;
import picocli.CommandLine;

class LabelsCommandTest {
    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void warehouse() {
        try (PackingFixture fixture = PackingFixture.create(folder)) {
            fixture.packageWith("MLD-0001", fixture.moldova, new BigDecimal("9"), "Books", 10);
            fixture.packageWith("MLD-0002", fixture.moldova, new BigDecimal("11"), "Towels", 20);
            fixture.packageWith("MLD-0003", fixture.moldova, null, "Shoes", 4);
        }
    }

    private int run(String... args) {
        CommandLine cli = ShipshapeCommand.commandLine(options -> { });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = folder.resolve("t.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void writesTheChosenPackagesOnTheChosenStock() throws Exception {
        Path pdf = folder.resolve("labels.pdf");

        int code = run("labels", "--shipment", "mld-2026-01", "--packages", "MLD-0001,MLD-0003", "--stock", "l7165",
                "--start-position", "7", "-o", pdf.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).contains("2 labels on 1 page written to");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("MLD-0001", "1 of 3", "MLD-0003", "3 of 3")
                    .doesNotContain("MLD-0002");
        }
    }

    @Test
    void everyPackageOfTheShipmentByDefault() {
        Path pdf = folder.resolve("all.pdf");
        assertThat(run("labels", "--shipment", "MLD-2026-01", "-o", pdf.toString())).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).contains("3 labels on 3 pages");
    }

    @Test
    void anUnknownPackageIsRejectedByNameAndNoFileIsWritten() {
        Path pdf = folder.resolve("none.pdf");
        int code = run("labels", "--shipment", "MLD-2026-01", "--packages", "MLD-0009", "-o", pdf.toString());
        assertThat(code).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("MLD-0009").contains("not in shipment MLD-2026-01");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void anUnknownStockNamesTheKnownOnes() {
        int code = run("labels", "--shipment", "MLD-2026-01", "--stock", "a4", "-o", folder.resolve("x.pdf").toString());
        assertThat(code).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("\"a4\" is not known").contains("l7165");
    }

    @Test
    void aMissingOutputIsAUsageError() {
        assertThat(run("labels", "--shipment", "MLD-2026-01")).isEqualTo(ExitCode.USAGE);
    }
}
