package org.shipshape.cli;

import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.common.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.customs.CustomsFixture;
import org.shipshape.logic.customs.PdfText;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.settings.SettingsRepository;
import picocli.CommandLine;

class CustomsCommandsTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = ShipshapeCommand.commandLine(options -> { });
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = folder.resolve("t.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return commandLine.execute(all);
    }

    private void withWorkspace(java.util.function.Consumer<CustomsFixture> setup) {
        try (Workspace workspace = Workspace.open(folder.resolve("t.db"), false, "Test")) {
            setup.accept(new CustomsFixture(workspace));
        }
    }

    @Test
    void documentsWritesTheWholePack() throws Exception {
        withWorkspace(f -> f.completeShipment("MLI-2026-01", Language.FR));
        Path target = Files.createDirectory(folder.resolve("pack"));

        int code = run("documents", "--shipment", "mli-2026-01", "-o", target.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Final pack revision 1", "packing-list.pdf", "test-records.pdf");
        assertThat(PdfText.of(target.resolve("donation-certificate.pdf")).text())
                .contains("Harbour of Hope Trust certifies", "Centre Espoir Bamako", "324.00 EUR");
    }

    @Test
    void aBlockedFinalPackExitsWithOneAndWritesNothing() throws Exception {
        withWorkspace(f -> {
            f.organisation();
            f.shipment("MLI-2026-02", "ML", java.util.List.of(Language.FR), ShipmentStatus.PACKING);
        });
        Path target = Files.createDirectory(folder.resolve("pack"));

        int code = run("documents", "--shipment", "MLI-2026-02", "-o", target.toString());

        assertThat(code).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("was not printed", "The shipment has no packages");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void checkExitsWithOneOnBlockingProblemsAndZeroWhenReady() {
        withWorkspace(f -> f.completeShipment("MLI-2026-01", Language.FR));
        assertThat(run("check", "--shipment", "MLI-2026-01")).isZero();
        assertThat(out.toString()).contains("ready for its final pack");

        withWorkspace(f -> f.shipment("MLI-2026-03", "ML", Language.FR));
        assertThat(run("check", "--shipment", "MLI-2026-03")).isEqualTo(ExitCode.REJECTED);
        assertThat(out.toString()).contains("Blocking: shipment MLI-2026-03: The shipment has no packages.");
    }

    @Test
    void anUnknownLanguageIsRejectedWithTheChoices() {
        withWorkspace(f -> f.completeShipment("MLI-2026-01", Language.FR));
        int code = run("documents", "--shipment", "MLI-2026-01", "--language", "de", "--draft", "-o",
                folder.toString());
        assertThat(code).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("use en, fr, ro, ru or hy");
    }

    @Test
    void receiptShowsTheDonorAndHidesValuesWhenAsked() throws Exception {
        withWorkspace(f -> {
            f.organisation();
            f.item("Laptops", "Laptop, Lenovo T480", Condition.USED_GOOD, null, java.time.LocalDate.of(2026, 1, 15));
            f.item("Monitors", "Monitor, 24 inch", Condition.USED_GOOD, null, java.time.LocalDate.of(2026, 5, 1));
        });
        Path pdf = folder.resolve("receipt.pdf");

        int code = run("receipt", "--donor", CustomsFixture.DONOR_NAME, "--from", "2026-01-01", "--to", "31/03/2026",
                "-o", pdf.toString());

        assertThat(code).as(err.toString()).isZero();
        String text = PdfText.of(pdf).text();
        assertThat(text).contains("Receipt for donated goods", CustomsFixture.DONOR_NAME, "Laptop, Lenovo T480",
                "85.00 EUR", "Page 1 of 1").doesNotContain("Monitor, 24 inch");

        assertThat(run("receipt", "--donor", CustomsFixture.DONOR_NAME, "--hide-values", "-o", pdf.toString()))
                .isZero();
        assertThat(PdfText.of(pdf).text()).contains("Monitor, 24 inch", "Values are not shown").doesNotContain("85.00");
    }

    @Test
    void theSettingCanHideReceiptValues() throws Exception {
        withWorkspace(f -> {
            f.item("Laptops", "Laptop, Lenovo T480", Condition.USED_GOOD, null, java.time.LocalDate.of(2026, 1, 15));
            new SettingsRepository(f.workspace().database()).put("receipts.show_values", "false");
        });
        Path pdf = folder.resolve("receipt.pdf");

        assertThat(run("receipt", "--donor", CustomsFixture.DONOR_NAME, "-o", pdf.toString())).isZero();

        assertThat(PdfText.of(pdf).text()).contains("Laptop, Lenovo T480").doesNotContain("85.00");
    }
}
