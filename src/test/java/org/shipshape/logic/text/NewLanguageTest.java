package org.shipshape.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a language is one file (docs/ADDING-A-LANGUAGE.md): a {@code messages_ro.properties} dropped beside the
 * others makes Romanian a language of the window's View > Language menu and of {@code --lang}, with nothing else
 * changed. The file here is the English catalogue with a few texts in Romanian, as a translator's file is on its
 * first day.
 */
class NewLanguageTest {
    private static final String ROMANIAN = String.join("\n",
            "common.language.name=Română",
            "common.help.usage.synopsisHeading=Utilizare:\\u0020",
            "ShipshapeCommand.help.usage.description=Bunuri donate, ambalare, încărcarea containerelor și documente"
                    + " vamale pentru organizații caritabile.",
            "shipments.unknownReference=Nu există expediția {0}; verificați referința.");

    @TempDir
    Path folder;

    /** A class path folder holding only org/shipshape/text/messages_ro.properties. */
    private Path romanianCatalogue() throws IOException {
        Path file = folder.resolve("catalogue/org/shipshape/text/messages_ro.properties");
        Files.createDirectories(file.getParent());
        try (InputStream english = Catalogue.class.getResourceAsStream("/org/shipshape/text/messages.properties")) {
            String base = new String(english.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(file, base + "\n" + ROMANIAN + "\n", StandardCharsets.UTF_8);
        }
        return folder.resolve("catalogue");
    }

    @Test
    void aLanguageFileOnTheClassPathIsALanguageToChoose() throws IOException {
        try (URLClassLoader withRomanian = new URLClassLoader(new URL[] {romanianCatalogue().toUri().toURL()},
                Catalogue.class.getClassLoader())) {
            assertThat(Catalogue.languagesIn(withRomanian)).containsExactly(Locale.ENGLISH, Locale.FRENCH,
                    Locale.forLanguageTag("ro"));
        }
        assertThat(Catalogue.languages()).doesNotContain(Locale.forLanguageTag("ro"));
    }

    @Test
    void theCommandLineSpeaksANewLanguageFromItsFileAlone() throws Exception {
        Path catalogue = romanianCatalogue();

        Run help = shipshape(catalogue, "--lang", "ro", "--help");
        Run refused = shipshape(catalogue, "--db", folder.resolve("ro.db").toString(), "--lang", "ro", "load",
                "--shipment", "MDA-2026-01", "MDA-0001");

        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).startsWith("Utilizare: shipshape").contains("Bunuri donate, ambalare")
                .contains("Show this help message and exit.");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("Nu există expediția MDA-2026-01; verificați referința.");
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs the real main class in a second Java with the folder in front of the class path. */
    private Run shipshape(Path extraClassPath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-Duser.language=en", "-Duser.country=US", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", extraClassPath + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "org.shipshape.Launcher"));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("shipshape finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
