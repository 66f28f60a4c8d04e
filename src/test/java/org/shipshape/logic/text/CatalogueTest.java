package org.shipshape.logic.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.ShipmentStatus;

/** Rendering messages in a language: its numbers, money, dates and enum values. */
class CatalogueTest {
    private static final String NARROW_NO_BREAK_SPACE = "\u202f";
    private final Catalogue french = Catalogue.of(Language.FR);
    private final Catalogue english = Catalogue.of(Language.EN);

    @Test
    void frenchMoneyHasADecimalCommaAndNarrowNoBreakSpacesBetweenThousands() {
        Message amount = Message.of("common.money", new BigDecimal("1234567.5"), "EUR");

        assertThat(french.render(amount)).isEqualTo("1" + NARROW_NO_BREAK_SPACE + "234" + NARROW_NO_BREAK_SPACE
                + "567,50 EUR");
        assertThat(english.render(amount)).isEqualTo("1,234,567.50 EUR");
    }

    @Test
    void kilogramsKeepUpToThreeDecimalsAndDropTrailingZeros() {
        assertThat(french.render(Message.of("common.kg", new BigDecimal("28000.000")))).isEqualTo("28"
                + NARROW_NO_BREAK_SPACE + "000 kg");
        assertThat(french.render(Message.of("common.kg", new BigDecimal("12.345")))).isEqualTo("12,345 kg");
        assertThat(english.render(Message.of("common.kg", new BigDecimal("0.5")))).isEqualTo("0.5 kg");
    }

    @Test
    void screensAndMessagesShareOneWayOfWritingNumbers() {
        BigDecimal payload = new BigDecimal("76565.574");

        assertThat(english.weight(payload)).isEqualTo("76,565.6");
        assertThat(french.weight(payload)).isEqualTo("76" + NARROW_NO_BREAK_SPACE + "565,6");
        assertThat(english.number(new BigDecimal("1250.000"))).isEqualTo("1,250");
        assertThat(english.number(new BigDecimal("0.35"))).isEqualTo("0.35");
        assertThat(english.amount(new BigDecimal("1250.5"))).isEqualTo("1,250.50");
        assertThat(english.volume(new BigDecimal("1.7345"))).isEqualTo("1.73");
        assertThat(english.number(null)).isEmpty();
        assertThat(english.weight(null)).isEmpty();
    }

    @Test
    void moneyCarriesItsCurrencyTheLocaleWay() {
        BigDecimal value = new BigDecimal("10923302.56");

        assertThat(english.money(value, "EUR")).isEqualTo("\u20ac10,923,302.56");
        assertThat(french.money(value, "EUR")).isEqualTo("10" + NARROW_NO_BREAK_SPACE + "923" + NARROW_NO_BREAK_SPACE
                + "302,56\u00a0\u20ac");
        assertThat(english.money(value, "XYZ")).isEqualTo("10,923,302.56 XYZ");
        assertThat(english.money(value, null)).isEqualTo("10,923,302.56");
    }

    @Test
    void theCountryOfASpokenLanguageChoosesTheDateOrderAndAnUnspokenOneFallsBackToEnglish() {
        LocalDate date = LocalDate.of(2026, 3, 4);

        assertThat(Catalogue.of(Locale.UK).date(date)).isEqualTo("4 Mar 2026");
        assertThat(Catalogue.of(Locale.US).date(date)).isEqualTo("Mar 4, 2026");
        assertThat(Catalogue.of(Locale.UK).text("common.value", "x")).isEqualTo("x");
        assertThat(Catalogue.of(Locale.GERMANY).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Catalogue.of(Locale.GERMANY).weight(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
    }

    @Test
    void aPlainPlaceholderFormatsNumbersForTheLanguageAndLeavesTextAlone() {
        Message refusal = Message.of("loading.refused.unknownPackage", "MLI-0042");

        assertThat(french.render(refusal)).isEqualTo("Le colis MLI-0042 est inconnu ; vérifiez l'étiquette ou"
                + " retapez le numéro.");
        assertThat(french.text("MainView.status.counts", 1200, 3, 4, 5))
                .startsWith("1" + NARROW_NO_BREAK_SPACE + "200 donateurs");
    }

    @Test
    void enumValuesAreShownByTheirTextInTheLanguage() {
        Message locked = Message.of("loading.refused.locked", "MLI-2026-01", ShipmentStatus.SEALED);

        assertThat(french.render(locked)).startsWith("L'envoi MLI-2026-01 est scellé ; ");
        assertThat(english.render(locked)).startsWith("Shipment MLI-2026-01 is sealed; ");
        assertThat(Catalogue.enumKey(ShipmentStatus.SEALED)).isEqualTo("enum.ShipmentStatus.sealed");
    }

    @Test
    void datesFollowTheLanguage() {
        LocalDate day = LocalDate.of(2026, 3, 12);

        assertThat(french.text("untranslated", day)).isEqualTo("12 mars 2026");
        assertThat(english.text("untranslated", day)).isEqualTo("Mar 12, 2026");
        Instant moment = Instant.parse("2026-03-12T09:30:00Z");
        assertThat(french.inZone(ZoneId.of("Africa/Bamako")).render(Message.of("untranslated", moment)))
                .startsWith("12 mars 2026").endsWith("09:30"); // Bamako is on UTC; the separator varies by JDK
    }

    @Test
    void aNestedMessageIsRenderedInTheSameLanguage() {
        Message outer = Message.of("untranslated", Message.of("loading.refused.noScan"));

        assertThat(french.render(outer)).isEqualTo("Scannez l'étiquette d'un colis ou tapez son numéro.");
    }

    @Test
    void aMessageRefusesArgumentsItCannotRenderAndAMissingKeyIsNamed() {
        assertThatThrownBy(() -> Message.of("loading.refused.unknownPackage", Path.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be rendered");
        assertThatThrownBy(() -> french.render(Message.of("no.such.key")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'no.such.key' (fr)");
    }

    @Test
    void everyTextWritesNumbersStringsAndNullAsMessageFormatDoes() {
        // the catalogue keeps one number format for placeholders without a type; MessageFormat makes one each time
        Object[][] argumentSets = {{12345.678, 2, new BigDecimal("3000000.5"), 4L, 5, 6, 7, 8},
            {"text", null, -1.5, "x", 0, 1, 2, 3}};
        for (Catalogue catalogue : new Catalogue[] {english, french}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.shipshape.text.messages", catalogue.locale());
            for (String key : bundle.keySet()) {
                for (Object[] arguments : argumentSets) {
                    String expected;
                    try {
                        expected = new MessageFormat(bundle.getString(key), catalogue.locale()).format(arguments);
                    } catch (IllegalArgumentException notForTheseArguments) {
                        continue;
                    }
                    assertThat(catalogue.text(key, arguments)).as(key).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theLanguageOfALocaleIsOneShipshapeSpeaksOrEnglish() {
        assertThat(Catalogue.languageOf(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(Catalogue.languageOf(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Catalogue.languageOf(Locale.forLanguageTag("ro-MD"))).as("no Romanian texts yet")
                .isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> Catalogue.of(Language.RO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookingForOneLanguagesFileAgreesWithTheListOfLanguages() {
        ClassLoader loader = Catalogue.class.getClassLoader();
        List<Locale> listed = Catalogue.languagesIn(loader);
        for (String code : Locale.getISOLanguages()) {
            Locale country = new Locale(code, "CA");
            Locale expected = listed.contains(Locale.forLanguageTag(code)) ? Locale.forLanguageTag(code)
                    : Locale.ENGLISH;

            assertThat(Catalogue.languageOf(country, loader)).as(code).isEqualTo(expected);
        }
        assertThat(Catalogue.languageOf(Locale.CANADA_FRENCH, loader)).isEqualTo(Locale.FRENCH);
        assertThat(Catalogue.languageOf(Locale.ROOT, loader)).isEqualTo(Locale.ENGLISH);
    }
}
