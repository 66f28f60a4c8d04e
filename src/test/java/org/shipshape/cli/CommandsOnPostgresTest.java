package org.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.customs.PdfText;
import org.shipshape.store.db.PostgresTestServer;

/**
 * Every working command on the sample warehouse on a PostgreSQL server (issue 18: every command works on both):
 * settings, categories, intake, pack, shipment, load and unload, labels, export, check, documents, receipt. Backup,
 * verify, restore and migrate on a server are tested where they are built.
 */
@ExtendWith(PostgresTestServer.class)
class CommandsOnPostgresTest {
    private static final Pattern RECORDED_ITEM = Pattern.compile("Recorded item (\\d+)");
    private static final Pattern PACKED = Pattern.compile("Packed and sealed (MDA-\\d+)");

    @TempDir
    Path dir;

    private String server;

    /** The warehouse the commands run on: a new, empty schema of the test database. */
    String warehouse() {
        return PostgresTestServer.freshAddress();
    }

    @BeforeEach
    void openWarehouse() {
        server = warehouse();
    }

    @Test
    void everyCommandWorksOnTheSampleWarehouseOnTheServer() throws Exception {
        assertThat(run("sample-data").out()).contains("30 donors, 300 items, 120 packages, 3 shipments");

        assertThat(run("settings", "set", "organisation.phone", "+33 4 78 00 00 00").exitCode()).isZero();
        assertThat(run("settings", "get", "organisation.phone").out()).contains("+33 4 78 00 00 00");
        assertThat(run("settings", "list").out()).contains("organisation.name", "Hope Across Borders");
        assertThat(run("categories").out()).contains("Exercise books");
        assertThat(run("box-sizes", "list").out()).isNotBlank();
        assertThat(run("rules", "list", "--country", "ML").out()).isNotBlank();

        String intake = run("intake", "--donor", "Lycée Saint-Exupéry", "--category", "Exercise books",
                "--description", "Exercise books, A5", "--quantity", "10", "--value", "0.5").out();
        String item = group(RECORDED_ITEM, intake);
        String packed = run("pack", "--shipment", "MDA-2026-01", "--size", "M", "--item", item, "--gross-kg", "9")
                .out();
        String number = group(PACKED, packed);

        assertThat(run("shipment", "list").out()).contains("ARM-2026-01", "MDA-2026-01", "MLI-2026-01");
        assertThat(run("shipment", "show", "MDA-2026-01").out()).contains("Adăpostul Speranța");
        assertThat(run("shipment", "update", "MDA-2026-01", "--container-number", "CSQU3054383", "--seal", "7654321")
                .exitCode()).isZero();
        assertThat(run("load", "--shipment", "MDA-2026-01", number).out()).contains("Loaded " + number);
        assertThat(run("unload", "--shipment", "MDA-2026-01", number).out()).contains("Unloaded " + number);
        assertThat(run("load", "--shipment", "MDA-2026-01", number).exitCode()).isZero();

        Path labels = dir.resolve("labels.pdf");
        run("labels", "--shipment", "MDA-2026-01", "-o", labels.toString());
        assertThat(PdfText.of(labels).text()).contains(number);
        Path export = dir.resolve("mli.csv");
        run("export", "--shipment", "MLI-2026-01", "-o", export.toString());
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".csv"));
        assertThat(run("check", "--shipment", "MLI-2026-01").err() + run("check", "--shipment", "MLI-2026-01").out())
                .contains("not on the container list");
        Path pack = Files.createDirectories(dir.resolve("pack"));
        run("documents", "--shipment", "MLI-2026-01", "--draft", "-o", pack.toString());
        assertThat(PdfText.of(pack.resolve("packing-list.pdf")).text()).contains("MLI-2026-01");
        Path receipt = dir.resolve("receipt.pdf");
        run("receipt", "--donor", "Lycée Saint-Exupéry", "-o", receipt.toString());
        assertThat(PdfText.of(receipt).text()).contains("Exercise books, A5");
    }

    /** Runs the command on the server and requires it to succeed. */
    CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", server, "--user", "Ana", "--lang", "en"));
        all.addAll(List.of(args));
        CommandRun run = CommandRun.exactly(all);
        assertThat(run.exitCode()).as("%s\nout: %s\nerr: %s", List.of(args), run.out(), run.err())
                .isEqualTo(ExitCode.DONE);
        return run;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
