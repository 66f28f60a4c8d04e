package org.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.customs.PdfText;
import org.shipshape.logic.settings.TestLogos;

/**
 * Issue 12: the README's "Your first shipment from the command line", run exactly as written there, from an empty
 * database to the final customs pack, whose documents all name the organisation and carry its logo.
 */
class FirstShipmentCommandLineTest {
    private static final Path README = Path.of("README.md");
    private static final String SECTION = "## Your first shipment from the command line";
    /** The files the README names, which the test keeps in its own folder. */
    private static final Set<String> FILES = Set.of("hope.db", "logo.png", "labels.pdf");
    /** The folder of the customs pack, which the README makes first. */
    private static final String PACK = "pack";

    @TempDir
    Path dir;

    @Test
    void theReadmeCommandsTakeAnEmptyDatabaseToAPrintedCustomsPack() throws IOException {
        TestLogos.png(dir.resolve("logo.png"), 240, 80);
        List<List<String>> commands = readmeCommands();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(15);

        for (List<String> command : commands) {
            if (makesFolder(command)) {
                continue;
            }
            CommandRun run = run(command);
            assertThat(run.exitCode()).as("%s\nout: %s\nerr: %s", command, run.out(), run.err())
                    .isEqualTo(ExitCode.DONE);
        }

        List<Path> pdfs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("pack"))) {
            files.filter(f -> f.toString().endsWith(".pdf")).forEach(pdfs::add);
        }
        assertThat(pdfs).extracting(p -> p.getFileName().toString())
                .contains("packing-list.pdf", "donation-certificate.pdf");
        pdfs.add(dir.resolve("labels.pdf"));
        for (Path pdf : pdfs) {
            assertThat(PdfText.of(pdf).text()).as("organisation on %s", pdf.getFileName())
                    .contains("Hope Across Borders", "14 rue Pasteur", "69007 Lyon");
            assertThat(TestLogos.imagesOn(pdf)).as("logo on %s", pdf.getFileName()).contains("page 1: 240x80");
        }
        assertThat(PdfText.of(dir.resolve("pack/donation-certificate.pdf")).text())
                .contains("Claire Dumont, Shipment coordinator");
    }

    @Test
    void withoutTheOrganisationTheFinalPackIsRefusedWithWhatToDo() throws IOException {
        List<List<String>> commands = readmeCommands().stream()
                .filter(c -> !c.contains("organisation.name") && !c.contains("organisation.address")).toList();
        TestLogos.png(dir.resolve("logo.png"), 240, 80);
        CommandRun last = null;
        for (List<String> command : commands) {
            last = makesFolder(command) ? last : run(command);
        }
        assertThat(last.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(last.err()).contains("The organisation (shipper) has no name.", "in the settings");
        assertThat(dir.resolve("pack/packing-list.pdf")).doesNotExist();
    }

    /** Where the README's {@code hope.db} is: a file in the test's folder, a schema on the test server in the variant. */
    String database() {
        return dir.resolve("hope.db").toString();
    }

    /** {@code mkdir pack}, done here in the test's folder. */
    private boolean makesFolder(List<String> command) throws IOException {
        if (!command.get(0).equals("mkdir")) {
            return false;
        }
        assertThat(command).containsExactly("mkdir", PACK);
        Files.createDirectories(dir.resolve(PACK));
        return true;
    }

    private CommandRun run(List<String> command) {
        assertThat(command.get(0)).isEqualTo("shipshape");
        List<String> args = new ArrayList<>();
        for (String arg : command.subList(1, command.size())) {
            boolean packFolder = arg.equals(PACK) && args.get(args.size() - 1).equals("-o");
            if (arg.equals("hope.db")) {
                args.add(database());
            } else {
                args.add(FILES.contains(arg) || packFolder ? dir.resolve(arg).toString() : arg);
            }
        }
        return CommandRun.exactly(args);
    }

    /** The lines of the README's code block in that section, each split as a shell would (double quotes). */
    static List<List<String>> readmeCommands() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(SECTION);
        assertThat(start).as("README section %s", SECTION).isNotNegative();
        List<List<String>> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("```")) {
                if (inBlock) {
                    break;
                }
                inBlock = true;
            } else if (inBlock && !line.isBlank()) {
                commands.add(words(line));
            }
        }
        return commands;
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
