package org.shipshape.logic.settings;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.shipshape.logic.donors.InKindReceipts;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.labels.LabelService;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.audit.AuditEntry;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Message;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.model.settings.Defaults;
import org.shipshape.model.settings.Logo;
import org.shipshape.model.settings.Organisation;
import org.shipshape.model.shipments.Country;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.labels.LabelStockRepository;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.shipments.CountryRepository;

/**
 * The organisation and the defaults: read, checked and saved as a whole (the settings window) or one key at a time
 * ({@code shipshape settings set KEY VALUE}). Every changed value is written to the change log with who changed it,
 * in the same transaction as the change.
 */
public final class SettingsService {
    /** Entity name of settings changes in the change log. */
    public static final String AUDIT_ENTITY = "setting";
    /** Prefix of the per-country document language keys: {@code documents.language.ML}. */
    public static final String LANGUAGE_PREFIX = "documents.language.";
    private static final BigDecimal DEFAULT_MAX_KG = BigDecimal.valueOf(25);
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private final Workspace workspace;
    private final SettingsRepository settings;
    private final LabelStockRepository labelStocks;
    private final CountryRepository countries;

    public SettingsService(Workspace workspace) {
        this.workspace = workspace;
        this.settings = new SettingsRepository(workspace.database());
        this.labelStocks = new LabelStockRepository(workspace.database());
        this.countries = new CountryRepository(workspace.database());
    }

    /** Organisation and defaults together, as one value to compare before and after a change. */
    private record Snapshot(Organisation organisation, Defaults defaults) {
    }

    /** One key of {@code shipshape settings}: how to show its value and how to apply a typed one. */
    private record Key(String name, Function<Snapshot, String> shown, BiFunction<Snapshot, String, Snapshot> apply) {
    }

    private static final List<Key> KEYS = List.of(
            organisationKey("organisation.name", Organisation::name, (b, v) -> b.name(v)),
            organisationKey("organisation.address", Organisation::address, (b, v) -> b.address(v)),
            organisationKey("organisation.country", Organisation::country, (b, v) -> b.country(upper(v))),
            organisationKey("organisation.registration-number", Organisation::registrationNumber,
                    (b, v) -> b.registrationNumber(v)),
            organisationKey("organisation.eori", Organisation::eori,
                    (b, v) -> b.eori(OrganisationRules.normaliseEori(v))),
            organisationKey("organisation.contact", Organisation::contact, (b, v) -> b.contact(v)),
            organisationKey("organisation.phone", Organisation::phone, (b, v) -> b.phone(v)),
            organisationKey("organisation.email", Organisation::email, (b, v) -> b.email(v)),
            new Key("organisation.logo", s -> describe(s.organisation().logo()), (s, v) -> s),
            organisationKey("organisation.signatory-name", Organisation::signatoryName, (b, v) -> b.signatoryName(v)),
            organisationKey("organisation.signatory-title", Organisation::signatoryTitle,
                    (b, v) -> b.signatoryTitle(v)),
            organisationKey("organisation.country-of-origin", Organisation::countryOfOrigin,
                    (b, v) -> b.countryOfOrigin(upper(v))),
            new Key("defaults.currency", s -> s.defaults().currency(), (s, v) -> new Snapshot(
                    s.organisation().toBuilder().defaultCurrency(upper(v)).build(), withCurrency(s.defaults(), upper(v)))),
            new Key("defaults.max-package-kg", s -> plain(s.defaults().maxPackageKg()), (s, v) -> new Snapshot(
                    s.organisation(), new Defaults(s.defaults().currency(), kg(v), s.defaults().labelStock(),
                    s.defaults().labelPrinter(), s.defaults().usableVolumeShare(), s.defaults().receiptsShowValues()))),
            new Key("defaults.label-stock", s -> s.defaults().labelStock(), (s, v) -> new Snapshot(s.organisation(),
                    new Defaults(s.defaults().currency(), s.defaults().maxPackageKg(), v.trim(),
                            s.defaults().labelPrinter(), s.defaults().usableVolumeShare(),
                            s.defaults().receiptsShowValues()))),
            new Key("defaults.label-printer", s -> s.defaults().labelPrinter(), (s, v) -> new Snapshot(
                    s.organisation(), new Defaults(s.defaults().currency(), s.defaults().maxPackageKg(),
                    s.defaults().labelStock(), v.trim(), s.defaults().usableVolumeShare(),
                    s.defaults().receiptsShowValues()))),
            new Key("defaults.usable-volume-share", s -> plain(s.defaults().usableVolumeShare()), (s, v) ->
                    new Snapshot(s.organisation(), new Defaults(s.defaults().currency(), s.defaults().maxPackageKg(),
                            s.defaults().labelStock(), s.defaults().labelPrinter(), share(v),
                            s.defaults().receiptsShowValues()))),
            new Key("defaults.receipts-show-values", s -> String.valueOf(s.defaults().receiptsShowValues()),
                    (s, v) -> new Snapshot(s.organisation(), new Defaults(s.defaults().currency(),
                            s.defaults().maxPackageKg(), s.defaults().labelStock(), s.defaults().labelPrinter(),
                            s.defaults().usableVolumeShare(), yesNo(v)))));

    private static Key organisationKey(String name, Function<Organisation, String> field,
                                       BiFunction<Organisation.Builder, String, Organisation.Builder> change) {
        return new Key(name, s -> field.apply(s.organisation()), (s, v) -> new Snapshot(
                change.apply(s.organisation().toBuilder(), v.trim()).build(), s.defaults()));
    }

    // ---------------------------------------------------------------- reading

    public Organisation organisation() {
        return settings.organisation();
    }

    public Defaults defaults() {
        Organisation organisation = settings.organisation();
        String stock = new LabelService(workspace).defaultStockCode();
        String printer = labelStocks.labelStock(stock).map(LabelStock::printer).orElse("");
        BigDecimal maxKg = settings.get(PackingService.MAX_PACKAGE_KG).flatMap(SettingsService::positive)
                .orElse(DEFAULT_MAX_KG);
        return new Defaults(organisation.defaultCurrency(), maxKg, stock, printer,
                new ShipmentService(workspace).usableShare(), InKindReceipts.showValuesByDefault(workspace));
    }

    /** The organisation's name and address are given: every final document can name the shipper. */
    public boolean organisationComplete() {
        return organisation().isComplete();
    }

    /** Every key with its value as {@code settings list} prints it, the per-country document languages last. */
    public Map<String, String> list() {
        Snapshot now = snapshot();
        Map<String, String> result = new LinkedHashMap<>();
        for (Key key : KEYS) {
            result.put(key.name(), key.shown().apply(now));
        }
        for (Country country : countries.countries()) {
            if (!country.retired()) {
                result.put(LANGUAGE_PREFIX + country.code(), languages(country.documentLanguages()));
            }
        }
        return result;
    }

    public String get(String key) {
        String wanted = normaliseKey(key);
        Map<String, String> all = list();
        if (all.containsKey(wanted)) {
            return all.get(wanted);
        }
        if (wanted.startsWith(LANGUAGE_PREFIX)) {
            return languages(country(wanted).documentLanguages());
        }
        throw unknownKey(key);
    }

    /** The defaults' problems as typed, one message per field (for the form, before saving). */
    public List<Message> problemsOf(Defaults defaults) {
        return problems(tidy(defaults));
    }

    /** The label stocks a default may be: those in use. */
    public List<LabelStock> labelStocks() {
        return labelStocks.labelStocks().stream().filter(s -> !s.retired()).toList();
    }

    /** The destination countries in use with their document languages. */
    public List<Country> countries() {
        return countries.countries().stream().filter(c -> !c.retired()).toList();
    }

    /** The latest settings change, for "changed by ... on ..." under the form. */
    public Optional<AuditEntry> lastChange() {
        return new AuditRepository(workspace.database()).recentFor(AUDIT_ENTITY, 1).stream().findFirst();
    }

    // ---------------------------------------------------------------- changing

    /**
     * Saves the organisation as edited in the settings form: every field is checked, name and address are required;
     * nothing is saved unless all of it is right.
     *
     * @throws UserInputException one message per field to fix
     */
    public void saveOrganisation(Organisation edited) {
        Organisation tidy = tidy(edited);
        List<Message> problems = OrganisationRules.problems(tidy, true);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Snapshot before = snapshot();
        store(before, new Snapshot(tidy, withCurrency(before.defaults(), tidy.defaultCurrency())));
    }

    /**
     * Saves organisation and defaults as edited in the settings window, as one change: everything is checked first
     * (name and address are required) and nothing is saved unless all of it is right.
     *
     * @throws UserInputException one message per field to fix
     */
    public void save(Organisation organisation, Defaults defaults) {
        Organisation tidyOrganisation = tidy(organisation.toBuilder().defaultCurrency(defaults.currency()).build());
        Defaults tidyDefaults = tidy(defaults);
        List<Message> problems = new ArrayList<>(OrganisationRules.problems(tidyOrganisation, true));
        problems.addAll(problems(tidyDefaults).stream().filter(p -> !problems.contains(p)).toList());
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        store(snapshot(), new Snapshot(tidyOrganisation, tidyDefaults));
    }

    private static Defaults tidy(Defaults d) {
        return new Defaults(upper(d.currency()), d.maxPackageKg(), d.labelStock().trim(), d.labelPrinter().trim(),
                d.usableVolumeShare(), d.receiptsShowValues());
    }

    /**
     * Saves the defaults as edited in the settings form, all checked first.
     *
     * @throws UserInputException one message per field to fix
     */
    public void saveDefaults(Defaults edited) {
        Defaults tidy = tidy(edited);
        List<Message> problems = problems(tidy);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        Snapshot before = snapshot();
        store(before, new Snapshot(before.organisation().toBuilder().defaultCurrency(tidy.currency()).build(), tidy));
    }

    /**
     * Sets one key to a typed value (several values for the address: one per line). The logo takes a file name;
     * an empty value removes it.
     *
     * @throws UserInputException naming the key and what to type
     */
    public void set(String key, List<String> values) {
        String wanted = normaliseKey(key);
        if (wanted.equals("organisation.address")) {
            setOne(wanted, String.join("\n", values));
            return;
        }
        if (values.size() != 1) {
            throw new UserInputException(Message.of("settings.oneValue", wanted, values.size()));
        }
        setOne(wanted, values.get(0));
    }

    private void setOne(String key, String value) {
        if (key.startsWith(LANGUAGE_PREFIX)) {
            setLanguages(key, value);
            return;
        }
        Key found = KEYS.stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow(() -> unknownKey(key));
        Snapshot before = snapshot();
        if (key.equals("organisation.logo")) {
            setLogo(before, value);
            return;
        }
        Snapshot after = found.apply().apply(before, value);
        List<Message> problems = new ArrayList<>(OrganisationRules.problems(after.organisation(), false));
        problems.addAll(problems(after.defaults()));
        // only this key's problems: another field may have been left odd by an older version, and is not the question
        List<Message> own = problems.stream().filter(p -> !p.equals(firstProblemOf(before, p))).toList();
        if (!own.isEmpty()) {
            throw new UserInputException(own);
        }
        store(before, after);
    }

    /** The same problem was there before the change: not caused by it. */
    private Message firstProblemOf(Snapshot before, Message problem) {
        List<Message> earlier = new ArrayList<>(OrganisationRules.problems(before.organisation(), false));
        earlier.addAll(problems(before.defaults()));
        return earlier.contains(problem) ? problem : null;
    }

    private void setLogo(Snapshot before, String value) {
        Logo logo = value == null || value.isBlank() ? null : OrganisationRules.readLogo(Path.of(value.trim()));
        store(before, new Snapshot(before.organisation().toBuilder().logo(logo).build(), before.defaults()));
    }

    /** Replaces the logo (null removes it), from the settings form where the file was checked when chosen. */
    public void saveLogo(Logo logo) {
        Snapshot before = snapshot();
        store(before, new Snapshot(before.organisation().toBuilder().logo(logo).build(), before.defaults()));
    }

    private void setLanguages(String key, String value) {
        Country country = country(key);
        List<Language> languages = parseLanguages(value);
        if (languages.equals(country.documentLanguages())) {
            return;
        }
        workspace.database().inTransaction(() -> {
            countries.update(country.withLanguages(languages),
                    countries.version(country.code()).map(RecordVersion::number).orElse(0L));
            audit(key, languages(country.documentLanguages()), languages(languages));
            return null;
        });
    }

    /** "fr", "hy,ru" or "hy;ru"; empty means English only. */
    public static List<Language> parseLanguages(String value) {
        List<Language> result = new ArrayList<>();
        for (String code : value == null ? new String[0] : value.split("[;,\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            Language language = Language.fromCode(code).orElseThrow(() -> new UserInputException(Message.of(
                    "settings.invalid.language", code.trim(), String.join(", ", java.util.Arrays.stream(
                            Language.values()).map(Language::code).toList()))));
            if (!result.contains(language)) {
                result.add(language);
            }
        }
        return result;
    }

    private Country country(String key) {
        String code = key.substring(LANGUAGE_PREFIX.length()).toUpperCase(Locale.ROOT);
        return countries.find(code).orElseThrow(() -> new UserInputException(Message.of("settings.unknownCountry",
                code)));
    }

    /** Writes what changed between the two snapshots, and one change-log line per changed key, as one transaction. */
    private void store(Snapshot before, Snapshot after) {
        Map<String, String[]> changed = new LinkedHashMap<>();
        for (Key key : KEYS) {
            String old = key.shown().apply(before);
            String now = key.shown().apply(after);
            if (!Objects.equals(old, now)) {
                changed.put(key.name(), new String[] {old, now});
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        workspace.database().inTransaction(() -> {
            if (!before.organisation().equals(after.organisation())) {
                settings.saveOrganisation(after.organisation());
            }
            Defaults old = before.defaults();
            Defaults now = after.defaults();
            if (old.maxPackageKg().compareTo(now.maxPackageKg()) != 0) {
                settings.put(PackingService.MAX_PACKAGE_KG, plain(now.maxPackageKg()));
            }
            if (!old.labelStock().equals(now.labelStock())) {
                settings.put(LabelService.DEFAULT_STOCK_SETTING, now.labelStock());
            }
            if (!old.labelPrinter().equals(now.labelPrinter())) {
                labelStocks.rememberPrinter(now.labelStock(), now.labelPrinter().isBlank() ? null : now.labelPrinter());
            }
            if (old.usableVolumeShare().compareTo(now.usableVolumeShare()) != 0) {
                settings.put(ShipmentService.USABLE_SHARE_SETTING, plain(now.usableVolumeShare()));
            }
            if (old.receiptsShowValues() != now.receiptsShowValues()) {
                settings.put(InKindReceipts.SHOW_VALUES_SETTING, String.valueOf(now.receiptsShowValues()));
            }
            changed.forEach((key, values) -> audit(key, values[0], values[1]));
            return null;
        });
    }

    private void audit(String key, String old, String now) {
        new AuditRepository(workspace.database()).append(workspace.user(), "update", AUDIT_ENTITY, key,
                shorten(old) + " -> " + shorten(now));
    }

    private List<Message> problems(Defaults d) {
        List<Message> problems = new ArrayList<>();
        OrganisationRules.currency(d.currency()).ifPresent(problems::add);
        OrganisationRules.maxPackageKg(d.maxPackageKg()).ifPresent(problems::add);
        OrganisationRules.usableShare(d.usableVolumeShare()).ifPresent(problems::add);
        Optional<LabelStock> stock = d.labelStock().isBlank() ? Optional.empty() : labelStocks.labelStock(d.labelStock());
        if (stock.isEmpty() || stock.get().retired()) {
            problems.add(Message.of("settings.invalid.labelStock", d.labelStock(), String.join(", ",
                    labelStocks.labelStocks().stream().filter(s -> !s.retired()).map(LabelStock::code).toList())));
        }
        return problems;
    }

    private Snapshot snapshot() {
        return new Snapshot(settings.organisation(), defaults());
    }

    private static Organisation tidy(Organisation o) {
        return o.toBuilder().name(o.name().trim()).address(o.address().strip()).country(upper(o.country()))
                .registrationNumber(o.registrationNumber().trim()).eori(OrganisationRules.normaliseEori(o.eori()))
                .contact(o.contact().trim()).phone(o.phone().trim()).email(o.email().trim())
                .signatoryName(o.signatoryName().trim()).signatoryTitle(o.signatoryTitle().trim())
                .defaultCurrency(upper(o.defaultCurrency())).countryOfOrigin(upper(o.countryOfOrigin())).build();
    }

    private static Defaults withCurrency(Defaults d, String currency) {
        return new Defaults(currency, d.maxPackageKg(), d.labelStock(), d.labelPrinter(), d.usableVolumeShare(),
                d.receiptsShowValues());
    }

    private static String normaliseKey(String key) {
        String trimmed = key == null ? "" : key.trim();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith(LANGUAGE_PREFIX)) {
            return LANGUAGE_PREFIX + trimmed.substring(LANGUAGE_PREFIX.length()).toUpperCase(Locale.ROOT);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    private UserInputException unknownKey(String key) {
        return new UserInputException(Message.of("settings.unknownKey", key == null ? "" : key.trim()));
    }

    private static BigDecimal kg(String value) {
        return parseNumber(value, "settings.invalid.maxPackageKg");
    }

    /** "0.85", "85 %" or "85": a number above 1 is read as a percentage. */
    public static BigDecimal share(String value) {
        BigDecimal number = parseNumber(value == null ? "" : value.replace("%", ""), "settings.invalid.usableShare");
        return number.compareTo(BigDecimal.ONE) > 0 ? number.divide(PERCENT) : number;
    }

    private static BigDecimal parseNumber(String value, String problemKey) {
        try {
            return LenientParsing.decimal(value).orElseThrow(() -> new UserInputException(Message.of(problemKey)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(Message.of(problemKey));
        }
    }

    private static boolean yesNo(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on", "1", "oui" -> true;
            case "false", "no", "off", "0", "non" -> false;
            default -> throw new UserInputException(Message.of("settings.invalid.yesNo", value == null ? "" : value));
        };
    }

    private static Optional<BigDecimal> positive(String text) {
        try {
            return LenientParsing.decimal(text).filter(v -> v.signum() > 0);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String describe(Logo logo) {
        return logo == null ? "" : logo.type().name() + ", " + logo.size() + " bytes";
    }

    private static String languages(List<Language> languages) {
        return String.join(",", languages.stream().map(Language::code).toList());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String upper(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String shorten(String value) {
        String oneLine = value.replace('\n', '|');
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    /** The keys {@code settings set} knows, the per-country document languages as their pattern. */
    public static List<String> keys() {
        List<String> names = new ArrayList<>(KEYS.stream().map(Key::name).toList());
        names.add(LANGUAGE_PREFIX + "CC");
        return names;
    }
}
