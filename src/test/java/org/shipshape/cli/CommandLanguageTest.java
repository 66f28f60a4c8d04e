package org.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.cli.common.HelpTexts;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command speaks the language of --lang: its --help (every description and option), its output and its
 * refusals, in English and in French (issue 15).
 */
class CommandLanguageTest {
    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("cli.db"), args);
    }

    @Test
    void everyCommandDescribesItselfAndEveryOptionInEnglishAndFrench() {
        List<String> missing = new ArrayList<>();
        for (Language language : List.of(Language.EN, Language.FR)) {
            CommandLine commandLine = ShipshapeCommand.commandLine(options -> { });
            HelpTexts.localise(commandLine, Catalogue.of(language));
            eachCommand(commandLine, spec -> {
                if (String.join("", spec.usageMessage().description()).isBlank()) {
                    missing.add(language.code() + " " + spec.qualifiedName() + ": no description");
                }
                for (ArgSpec arg : spec.args()) {
                    if (String.join("", arg.description()).isBlank()) {
                        missing.add(language.code() + " " + spec.qualifiedName() + " " + arg.paramLabel()
                                + (arg.isOption() ? " (" + ((CommandLine.Model.OptionSpec) arg).longestName() + ")"
                                        : "") + ": no description");
                    }
                }
            });
        }
        assertThat(missing).as("add <Command>.help.<option> (or usage.description) to messages.properties and"
                + " messages_fr.properties").isEmpty();
    }

    private static void eachCommand(CommandLine commandLine, Consumer<CommandSpec> action) {
        action.accept(commandLine.getCommandSpec());
        commandLine.getSubcommands().values().stream().distinct().forEach(sub -> eachCommand(sub, action));
    }

    @Test
    void helpFollowsLang() {
        CommandRun english = run("--lang", "en", "load", "--help");
        CommandRun french = run("--lang", "fr", "load", "--help");

        assertThat(english.out()).startsWith("Usage: shipshape load")
                .contains("Load packages into a shipment's container", "Show this help message and exit.");
        assertThat(french.out()).startsWith("Utilisation : shipshape load")
                .contains("Charge des colis dans le conteneur d'un envoi", "Affiche cette aide et quitte.",
                        "Référence de l'envoi, par exemple MLI-2026-01.");
        assertThat(run("--lang", "fr", "--help").out()).contains("Codes de sortie :", "0   terminé",
                "Langue des messages et de l'aide : en ou fr");
        // a command that needs a subcommand prints its usage itself when given none
        assertThat(run("--lang", "fr", "shipment").out()).startsWith("Utilisation : shipshape shipment")
                .contains("Crée, modifie et liste les envois.", "Affiche cette aide et quitte.");
    }

    @Test
    void aMistypedCommandLineIsExplainedInTheChosenLanguage() {
        CommandRun french = run("--lang", "fr", "labels", "--shipment", "MLI-2026-01");

        assertThat(french.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(french.err()).contains("Option ou paramètre manquant : --output=FILE.pdf",
                "Essayez « shipshape labels --help »");
        assertThat(run("--lang", "fr", "shipment", "list", "--bogus").err())
                .contains("Commande, option ou valeur inconnue : --bogus");
    }

    @Test
    void checkRefusalsAndProblemsArePrintedInFrench() {
        run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee", "Hope Bamako");

        CommandRun french = run("--lang", "fr", "check", "--shipment", "MLI-2026-01");
        CommandRun english = run("--lang", "en", "check", "--shipment", "MLI-2026-01");
        CommandRun unknown = run("--lang", "fr", "check", "--shipment", "NOPE-1");

        assertThat(french.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(french.out()).contains("Bloquant : envoi MLI-2026-01 : L'envoi n'a aucun colis. Emballez d'abord"
                + " des marchandises pour lui à l'écran Emballage.");
        assertThat(english.out()).contains("Blocking: shipment MLI-2026-01: The shipment has no packages.");
        assertThat(french.out()).doesNotContain("Blocking", "shipment ");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(unknown.err().strip()).isEqualTo("Il n'y a pas d'envoi « NOPE-1 » ; utilisez l'une de"
                + " celles-ci : MLI-2026-01.");
    }

    @Test
    void loadRefusalsArePrintedInFrench() {
        run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee", "Hope Bamako",
                "--container-type", "20GP");

        CommandRun french = run("--lang", "fr", "load", "--shipment", "MLI-2026-01", "MLI-0404");

        assertThat(french.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(french.err().strip()).isEqualTo("Le colis MLI-0404 est inconnu ; vérifiez l'étiquette ou retapez"
                + " le numéro.");
    }

    @Test
    void anOutputThatCannotBeWrittenIsExplainedInTheChosenLanguageAndRejected() {
        run("sample-data");
        Path noFolder = folder.resolve("not-made-yet").resolve("list.xlsx");

        CommandRun french = run("--lang", "fr", "export", "--shipment", "MLI-2026-01", "--format", "xlsx",
                "-o", noFolder.toString());
        CommandRun english = run("--lang", "en", "labels", "--shipment", "MLI-2026-01", "-o", noFolder.toString());

        assertThat(french.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(french.err().strip()).isEqualTo(noFolder + " n'a pas pu être écrit : le dossier "
                + noFolder.getParent() + " n'existe pas ; choisissez un dossier existant.");
        assertThat(english.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(english.err().strip()).isEqualTo(noFolder + " could not be written: the folder "
                + noFolder.getParent() + " does not exist; choose an existing folder.");
        assertThat(noFolder.getParent()).doesNotExist();
    }

    @Test
    void importRefusalsArePrintedInFrench() throws Exception {
        run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee", "Hope Bamako");
        Path missing = folder.resolve("missing.csv");

        CommandRun noFile = run("--lang", "fr", "import", "packages", missing.toString(), "--shipment", "MLI-2026-01");
        CommandRun noKind = run("--lang", "fr", "import");

        assertThat(noFile.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(noFile.err().strip()).isEqualTo(missing + " : ce fichier n'existe pas ; vérifiez le nom et le"
                + " dossier.");
        assertThat(noKind.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noKind.err()).contains("Dites quoi importer : donors, items, packages");

        Path items = folder.resolve("items.csv");
        Files.writeString(items, "donor,received_on,category,description,quantity,condition\n"
                + "Anna,2026-02-01,Books,atlas,1,new\n", StandardCharsets.UTF_8);
        assertThat(run("--lang", "fr", "import", "items", items.toString()).out())
                .contains("1 article importé depuis items.csv (1 nouveau donateur).");
        CommandRun again = run("--lang", "fr", "import", "items", items.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(again.err()).contains("rien n'a été importé. Ajoutez --allow-duplicate pour l'importer à nouveau.");
    }

    @Test
    void importRowErrorsArePrintedInFrenchWithRowAndColumn() throws Exception {
        Path items = folder.resolve("lignes.csv");
        Files.writeString(items, "donor,received_on,category,description,quantity,condition,unit_kg\n"
                + "Anna,2026-02-01,Books,atlas,zero,new,\n"
                + "Anna,2026-02-01,Books,atlas,2,new,\"1,234\"\n", StandardCharsets.UTF_8);

        CommandRun rejected = run("--lang", "fr", "import", "items", items.toString());

        assertThat(rejected.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(rejected.err().lines().toList()).containsExactly(
                "lignes.csv:2 : quantity : « zero » n'est pas un nombre ; écrivez-le comme 12,5 ou 12.5",
                "lignes.csv:3 : unit_kg : « 1,234 » peut se lire de deux façons dans un fichier séparé par des"
                        + " virgules ; écrivez 1234 pour le nombre entier ou 1.234 pour le décimal (ou enregistrez le"
                        + " fichier avec ; entre les colonnes)",
                "lignes.csv : rien n'a été importé ; corrigez les problèmes ci-dessus et importez de nouveau le"
                        + " fichier.");
    }

    @Test
    void outputIsInTheChosenLanguage() {
        run("shipment", "create", "--ref", "MLI-2026-01", "--country", "ML", "--consignee", "Hope Bamako",
                "--container-type", "20GP");

        CommandRun shown = run("--lang", "fr", "shipment", "show", "MLI-2026-01");
        CommandRun categories = run("--lang", "fr", "categories");

        assertThat(shown.out()).contains("Référence :            MLI-2026-01", "État :                 en planification",
                "Colis :                0 sur 0 chargés", "m3 utiles (0\u00a0% de l'utile");
        assertThat(categories.out()).startsWith("Nom").contains("Code SH").containsPattern("\\d+ catégories");
    }
}
