package org.shipshape.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line says nothing in English of its own accord (issue 15, docs/decisions/0007): its output, refusals
 * and {@code --help} come from the message catalogue in the language of {@code --lang}. Sentences that name
 * command-line options live only under command keys ({@code LoadCommand.*}), never in what logic returns.
 */
class CommandTextRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/shipshape/cli");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Two words or more: a sentence, or the start of one. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}");
    /** Lines whose text goes to the log file, which is read in English. */
    private static final Pattern LOG_LINE = Pattern.compile("\\b(LOG|log|LoggerFactory\\.getLogger\\([^)]*\\))"
            + "\\s*\\.\\s*(error|warn|info|debug|trace)\\(");

    private static JavaClasses commands;

    @BeforeAll
    static void importCommands() {
        commands = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shipshape.cli");
    }

    @Test
    void commandsRefuseWithMessagesNotSentences() {
        ArchRule rule = noClasses().that().resideInAPackage("org.shipshape.cli..")
                .should().callConstructorWhere(userInputExceptionOfText())
                .because("a command's refusals are catalogue keys (<Command>.<key>) rendered in the language of"
                        + " --lang; throw new UserInputException(Message.of(...))");
        rule.check(commands);
    }

    private static DescribedPredicate<JavaCall<?>> userInputExceptionOfText() {
        return new DescribedPredicate<>("a UserInputException made of text") {
            @Override
            public boolean test(JavaCall<?> call) {
                return call.getTargetOwner().isEquivalentTo(org.shipshape.logic.task.UserInputException.class)
                        && call.getTarget().getRawParameterTypes().stream().anyMatch(type ->
                        type.isEquivalentTo(String.class) || type.isEquivalentTo(List.class));
            }
        };
    }

    @Test
    void helpTextsComeFromTheCatalogueNotFromAnnotations() {
        List<String> found = new ArrayList<>();
        for (JavaClass command : commands) {
            Class<?> type = command.reflect();
            check(type, type.getSimpleName(), found);
            for (Field field : type.getDeclaredFields()) {
                check(field, type.getSimpleName() + "." + field.getName(), found);
            }
            for (Method method : type.getDeclaredMethods()) {
                check(method, type.getSimpleName() + "." + method.getName() + "()", found);
            }
        }
        assertThat(found).as("move these descriptions to <Command>.help.<option> in messages.properties and"
                + " messages_fr.properties (cli.common.HelpTexts reads them)").isEmpty();
    }

    private static void check(AnnotatedElement element, String where, List<String> found) {
        Command command = element.getAnnotation(Command.class);
        Option option = element.getAnnotation(Option.class);
        Parameters parameters = element.getAnnotation(Parameters.class);
        if (command != null && (command.description().length > 0 || command.header().length > 0
                || command.footer().length > 0 || command.exitCodeList().length > 0)) {
            found.add(where + ": @Command text");
        }
        if (option != null && option.description().length > 0) {
            found.add(where + ": @Option description");
        }
        if (parameters != null && parameters.description().length > 0) {
            found.add(where + ": @Parameters description");
        }
        if (parameters != null && parameters.descriptionKey().isEmpty()) {
            found.add(where + ": @Parameters needs a descriptionKey (positional parameters have no name to look up)");
        }
    }

    @Test
    void commandSourcesHoldNoSentences() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
                            || LOG_LINE.matcher(line).find()) {
                        continue;
                    }
                    String where = SOURCES.relativize(file) + ":" + (i + 1) + ": ";
                    sentenceIn(line).ifPresent(sentence -> found.add(where + sentence));
                }
            }
        }
        assertThat(found).as("give these texts a key <Command>.<key> in messages.properties and"
                + " messages_fr.properties and print root.text().text(key, ...)").isEmpty();
    }

    /** The first string literal of the line that holds two words or more. */
    static java.util.Optional<String> sentenceIn(String line) {
        Matcher literal = STRING_LITERAL.matcher(line);
        while (literal.find()) {
            if (WORDS.matcher(literal.group()).find()) {
                return java.util.Optional.of(literal.group());
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void theSentenceFinderFindsSentencesAndSparesKeysAndLabels() {
        assertThat(sentenceIn("out.println(\"Wrote \" + file);")).isEmpty();
        assertThat(sentenceIn("out.println(\"Wrote the file \" + file);")).contains("\"Wrote the file \"");
        assertThat(sentenceIn("err.println(\"Saved, \" + n);")).isEmpty();
        assertThat(sentenceIn("text.text(\"LoadCommand.loaded\", number)")).isEmpty();
        assertThat(sentenceIn("@Option(names = \"--shipment\", required = true, paramLabel = \"REF\")")).isEmpty();
        assertThat(sentenceIn("throw new X(\"say \\\"what\\\" to do\")")).isPresent();
        assertThat(LOG_LINE.matcher("LOG.error(\"Command failed\", ex);").find()).isTrue();
    }
}
