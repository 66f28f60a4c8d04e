package org.shipshape.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shipshape.model.common.Language;

/**
 * Every language says everything: each catalogue file has exactly the English keys, with the same placeholders,
 * and every text is a pattern that renders as written. Fails naming the key and the file to fix.
 */
class CatalogueCompletenessTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/shipshape/text");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern FILE_NAME = Pattern.compile("messages(?:_([a-z]{2,3}))?\\.properties");

    private static Properties english;
    private static Map<String, Properties> translations;

    @BeforeAll
    static void readTheCatalogue() throws IOException {
        english = read(FOLDER.resolve("messages.properties"));
        translations = new TreeMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                if (name.matches() && name.group(1) != null) {
                    translations.put(name.group(1), read(file));
                }
            }
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void frenchIsThere() {
        assertThat(translations).containsKey("fr");
        assertThat(Catalogue.languages()).containsExactly(Language.EN, Language.FR);
    }

    @Test
    void everyLanguageFileIsALanguageShipshapeKnows() {
        assertThat(translations.keySet()).allSatisfy(code -> assertThat(Language.fromCode(code))
                .as("messages_%s.properties: add %s to model.common.Language so it can be chosen", code, code)
                .isPresent());
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        List<String> problems = new ArrayList<>();
        translations.forEach((code, texts) -> {
            TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(texts.stringPropertyNames());
            missing.forEach(key -> problems.add("messages_" + code + ".properties lacks " + key));
            TreeSet<String> extra = new TreeSet<>(texts.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            extra.forEach(key -> problems.add("messages.properties (English) lacks " + key + ", which messages_"
                    + code + ".properties has"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTranslationHasTheSamePlaceholdersAsTheEnglish() {
        List<String> problems = new ArrayList<>();
        translations.forEach((code, texts) -> {
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                if (english.containsKey(key)) {
                    Map<Integer, String> expected = placeholders(english.getProperty(key));
                    Map<Integer, String> actual = placeholders(texts.getProperty(key));
                    if (!expected.equals(actual)) {
                        problems.add(key + ": English has " + expected + ", messages_" + code + " has " + actual);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextIsAPatternThatShowsItsApostrophes() {
        List<String> problems = new ArrayList<>();
        Map<String, Properties> all = new TreeMap<>(translations);
        all.put("en", english);
        all.forEach((code, texts) -> {
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String pattern = texts.getProperty(key);
                try {
                    new MessageFormat(pattern);
                } catch (IllegalArgumentException e) {
                    problems.add(code + " " + key + ": not a valid pattern (" + e.getMessage() + ")");
                }
                if (LONE_APOSTROPHE.matcher(pattern).find()) {
                    problems.add(code + " " + key + ": write the apostrophe as '' (a single one vanishes)");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void anEnumWithTextsHasATextForEveryValue() {
        List<String> problems = new ArrayList<>();
        english.stringPropertyNames().stream().filter(k -> k.startsWith("enum.")).map(k -> k.split("\\.")[1])
                .distinct().sorted().forEach(simpleName -> {
                    Class<?> type = enumNamed(simpleName);
                    if (type == null) {
                        problems.add("enum." + simpleName + ": no enum of that name in model");
                        return;
                    }
                    for (Object constant : type.getEnumConstants()) {
                        String key = Catalogue.enumKey((Enum<?>) constant);
                        if (!english.containsKey(key)) {
                            problems.add("messages.properties lacks " + key);
                        }
                    }
                });
        assertThat(problems).isEmpty();
    }

    @Test
    void screensKeepNoBundlesOfTheirOwn() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/shipshape"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !f.startsWith(FOLDER)).map(Path::toString).toList())
                    .as("move these keys into org/shipshape/text/messages*.properties under <Screen>. (python3"
                            + " scripts/fold-screen-bundles.py does it)")
                    .isEmpty();
        }
    }

    /** Argument index to its format type ("" for a plain {0}), quoted parts left out. */
    static Map<Integer, String> placeholders(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Map<Integer, String> result = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(unquoted);
        while (m.find()) {
            result.put(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2));
        }
        return result;
    }

    /** The enum of that simple name among the compiled model classes, or null. */
    private static Class<?> enumNamed(String simpleName) {
        Path model = Path.of("target/classes/org/shipshape/model");
        try (Stream<Path> files = Files.walk(model)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals(simpleName + ".class")).toList();
            if (found.size() != 1) {
                return null;
            }
            String name = "org.shipshape.model." + model.relativize(found.get(0)).toString()
                    .replace(".class", "").replace('/', '.').replace('\\', '.');
            Class<?> type = Class.forName(name);
            return type.isEnum() ? type : null;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Could not look for enum " + simpleName, e);
        }
    }
}
