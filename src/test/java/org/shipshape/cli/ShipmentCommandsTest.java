package org.shipshape.cli;

import org.shipshape.cli.common.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;

class ShipmentCommandsTest {
    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("cli.db"), args);
    }

    @Test
    void shipmentsAreCreatedUpdatedListedAndShown() {
        CommandRun created = run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee",
                "Hope Bamako", "--container-type", "40HC", "--port-of-loading", "Antwerp", "--port-of-discharge",
                "Dakar", "--vessel", "MSC Anna", "--voyage", "042W", "--incoterm", "CIF", "--currency", "EUR");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created shipment MLI-2026-01", "documents in fr");

        CommandRun updated = run("shipment", "update", "MLI-2026-01", "--container-number", "CSQU3054383", "--seal", "S-1",
                "--language", "fr", "--language", "en");
        assertThat(updated.exitCode()).as(updated.err()).isZero();

        CommandRun list = run("shipment", "list", "--format", "csv");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines().toList()).containsExactly(
                "ref,country,status,consignee,container_type,container_number,packages,loaded",
                "MLI-2026-01,ML,planning,Hope Bamako,40HC,CSQU3054383,0,0");

        CommandRun show = run("shipment", "show", "mli-2026-01");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("Vessel:                MSC Anna", "Document languages:    fr;en",
                "Packages:              0 of 0 loaded", "Seal number:           S-1", "of 64.90 m3 usable");
    }

    @Test
    void aWrongCheckDigitIsRejectedWithExitOneAndTheExpectedDigit() {
        run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee", "Hope");
        CommandRun bad = run("shipment", "update", "MLI-2026-01", "--container-number", "CSQU3054384");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(bad.err()).contains("CSQU3054384: the check digit should be 3.");
        assertThat(run("shipment", "show", "NOPE").exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run("shipment", "create", "--ref", "X").exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run("shipment", "list", "--bogus").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void importLoadUnloadAndExportFollowTheLoadingRules() throws Exception {
        run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee", "Hope",
                "--container-type", "20GP");
        Path csv = folder.resolve("packages.csv");
        Files.writeString(csv, "package,kind,length_cm,width_cm,height_cm,gross_kg,marks,category,description,"
                + "quantity,unit,condition,value,net_kg,hs_code\n"
                + "MLI-0001,box,60,40,40,12,,Towels,Towels,10,,used-good,5,,\n"
                + "MLI-0002,box,60,40,40,14,,Towels,Towels,10,,used-good,5,,\n", StandardCharsets.UTF_8);
        CommandRun imported = run("import", "packages", csv.toString(), "--shipment", "MLI-2026-01");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 2 packages with 2 content lines");

        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "package,kind\nX,box\n");
        CommandRun rejected = run("import", "packages", bad.toString(), "--shipment", "MLI-2026-01");
        assertThat(rejected.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(rejected.err()).contains("bad.csv:1: gross_kg: the column is missing");

        CommandRun load = run("load", "--shipment", "MLI-2026-01", "MLI-0001", "MLI-9999", "MLI-0002");
        assertThat(load.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(load.out()).contains("Loaded MLI-0001", "Loaded MLI-0002");
        assertThat(load.err()).contains("Package MLI-9999 is unknown");
        assertThat(run("load", "--shipment", "MLI-2026-01", "MLI-0001").err()).contains("already loaded");

        CommandRun unload = run("unload", "--shipment", "MLI-2026-01", "MLI-0002");
        assertThat(unload.exitCode()).isZero();

        Path xlsx = folder.resolve("list.xlsx");
        assertThat(run("export", "--shipment", "MLI-2026-01", "--format", "xlsx", "-o", xlsx.toString()).exitCode())
                .isZero();
        assertThat(Files.size(xlsx)).isPositive();
        CommandRun exported = run("export", "--shipment", "MLI-2026-01", "--format", "csv", "-o",
                folder.resolve("list.csv").toString());
        assertThat(exported.out()).contains("list.csv", "list-lines.csv");
        assertThat(Files.readAllLines(folder.resolve("list.csv"))).hasSize(3);
        assertThat(run("export", "--shipment", "MLI-2026-01", "--format", "pdf", "-o", "x.pdf").exitCode())
                .isEqualTo(ExitCode.REJECTED);
        CommandRun french = run("export", "--shipment", "MLI-2026-01", "--format", "csv", "--locale", "fr", "-o",
                folder.resolve("liste.csv").toString());
        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(Files.readAllLines(folder.resolve("liste.csv"), StandardCharsets.UTF_8))
                .satisfies(lines -> assertThat(lines.get(0)).contains("package;kind;length_cm"))
                .satisfies(lines -> assertThat(lines.get(1)).startsWith("MLI-0001;box;60;40;40;0,096000;12,000;Towels, 10 pcs;6302.60;5,00"));
        assertThat(run("export", "--shipment", "MLI-2026-01", "--locale", "12", "-o", "y.csv").err())
                .contains("--locale: \"12\" is not a language");

        try (Workspace workspace = Workspace.open(folder.resolve("cli.db"), true, "check")) {
            assertThat(new org.shipshape.logic.loading.LoadingService(workspace).capacity(
                    new org.shipshape.logic.shipments.ShipmentService(workspace).require("MLI-2026-01").id()).loaded())
                    .isEqualTo(1);
        }
    }

    @Test
    void loadRefusesAnUnknownPackageInTheLanguageOfLang() {
        run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee", "Hope",
                "--container-type", "20GP");

        CommandRun french = run("--lang", "fr", "load", "--shipment", "MLI-2026-01", "MLI-9999");
        CommandRun english = run("--lang", "en", "load", "--shipment", "MLI-2026-01", "MLI-9999");

        assertThat(french.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(french.err().strip()).isEqualTo("Le colis MLI-9999 est inconnu ; vérifiez l'étiquette ou retapez"
                + " le numéro.");
        assertThat(english.err().strip()).isEqualTo("Package MLI-9999 is unknown; check the label or type the number"
                + " again.");
    }

    @Test
    void aRejectedInputIsPrintedInFrench() {
        CommandRun french = run("--lang", "fr", "load", "--shipment", "NOPE-1", "MLI-0001");

        assertThat(french.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(french.err().strip()).isEqualTo("Il n'y a pas d'envoi NOPE-1 ; vérifiez la référence.");
    }

    @Test
    void aLanguageWithoutTextsIsAUsageError() {
        CommandRun romanian = run("--lang", "ro", "load", "--shipment", "NOPE-1", "MLI-0001");

        assertThat(romanian.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(romanian.err()).contains("\"ro\" is not a language of Shipshape; use one of en, fr");
    }
}
