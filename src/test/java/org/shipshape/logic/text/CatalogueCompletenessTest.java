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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        assertThat(Catalogue.languages()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
    }

    @Test
    void everyLanguageFileIsNamedByALanguageCode() {
        List<String> codes = List.of(Locale.getISOLanguages());
        assertThat(translations.keySet()).allSatisfy(code -> assertThat(codes)
                .as("messages_%s.properties: name the file by the ISO 639 code of its language (ro, ru, uk)", code)
                .contains(code));
        assertThat(Catalogue.languages()).extracting(Locale::getLanguage).containsAll(translations.keySet());
    }

    @Test
    void everyLanguageNamesItselfInItself() {
        translations.forEach((code, texts) -> assertThat(texts.getProperty(Catalogue.LANGUAGE_NAME))
                .as("messages_%s.properties: %s is the language's name in itself", code, Catalogue.LANGUAGE_NAME)
                .isNotBlank().isNotEqualTo(english.getProperty(Catalogue.LANGUAGE_NAME)));
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
                    Map<Integer, Set<String>> expected = placeholders(english.getProperty(key));
                    Map<Integer, Set<String>> actual = placeholders(texts.getProperty(key));
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

    /**
     * Inside a choice whose branch holds a placeholder ({@code {0,choice,1#1 colis|1<{0} colis}}), the branch is
     * formatted a second time, so a {@code ''} there vanishes ("l''envoi" shows as "lenvoi"): such a branch must keep
     * its apostrophes outside the choice.
     */
    @Test
    void noApostropheInAChoiceBranchThatHoldsAPlaceholder() {
        List<String> problems = new ArrayList<>();
        Map<String, Properties> all = new TreeMap<>(translations);
        all.put("en", english);
        all.forEach((code, texts) -> {
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                for (String branch : choiceBranches(texts.getProperty(key))) {
                    if (branch.contains("{") && branch.contains("''")) {
                        problems.add(code + " " + key + ": the choice branch \"" + branch + "\" loses its apostrophe;"
                                + " move the words with the apostrophe out of the choice");
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** The branches of every {@code {n,choice,...}} in the pattern. */
    static List<String> choiceBranches(String pattern) {
        List<String> branches = new ArrayList<>();
        Matcher choice = Pattern.compile("\\{\\s*\\d+\\s*,\\s*choice\\s*,").matcher(pattern);
        while (choice.find()) {
            int depth = 1;
            int end = choice.end();
            while (end < pattern.length() && depth > 0) {
                char c = pattern.charAt(end);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                end++;
            }
            for (String branch : pattern.substring(choice.end(), end - 1).split("\\|")) {
                branches.add(branch.replaceFirst("^[^#<]*[#<]", ""));
            }
        }
        return branches;
    }

    /**
     * The window shows screen texts and what logic returns; neither may tell a volunteer to type {@code --shipment}.
     * Only the command line's own texts (keys of {@code ...Command}, {@code ...Options}, {@code ...Arguments},
     * {@code common.help.*}, {@code common.cli.*}) name options.
     */
    @Test
    void onlyCommandTextsNameCommandLineOptions() {
        Pattern option = Pattern.compile("(^|[\\s(\"«])--[a-z]");
        Pattern commandKey = Pattern.compile("^([A-Za-z]+(Command|Options|Arguments)[.]|common[.](help|cli)[.]).*");
        Map<String, Properties> all = new TreeMap<>(translations);
        all.put("en", english);
        List<String> problems = new ArrayList<>();
        all.forEach((code, texts) -> texts.stringPropertyNames().stream().sorted()
                .filter(key -> !commandKey.matcher(key).matches())
                .filter(key -> option.matcher(texts.getProperty(key)).find())
                .forEach(key -> problems.add(code + " " + key + ": " + texts.getProperty(key))));
        assertThat(problems).as("say where to do it in the window instead (\"on the Shipments screen\"); a command"
                + " may add its own hint under its key").isEmpty();
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

    /**
     * Argument index to the format types it is used with ("" for a plain {0}), quoted parts left out. A choice may
     * show its number again inside ({@code {0,choice,1#one box|1<{0} boxes}}), so an index can have several.
     */
    static Map<Integer, Set<String>> placeholders(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Map<Integer, Set<String>> result = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(unquoted);
        while (m.find()) {
            result.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new TreeSet<>())
                    .add(m.group(2) == null ? "" : m.group(2));
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
