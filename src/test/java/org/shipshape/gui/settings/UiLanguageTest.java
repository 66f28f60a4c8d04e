package org.shipshape.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiLanguageTest {
    private final Preferences node = Preferences.userRoot().node("org/shipshape/test/" + UUID.randomUUID());
    private final Locale before = Locale.getDefault();

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
        Locale.setDefault(before);
    }

    @Test
    void withoutAChoiceTheWindowSpeaksTheSystemsLanguageOrEnglish() {
        assertThat(new UiLanguage(node, Locale.CANADA_FRENCH).current()).isEqualTo(Locale.FRENCH);
        assertThat(new UiLanguage(node, Locale.GERMANY).current()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aStoredChoiceWinsOverTheSystemUntilItIsCleared() {
        UiLanguage setting = new UiLanguage(node, Locale.US);
        setting.choose(Optional.of(Locale.FRENCH));

        assertThat(new UiLanguage(node, Locale.US).current()).isEqualTo(Locale.FRENCH);
        setting.choose(Optional.empty());
        assertThat(new UiLanguage(node, Locale.US).current()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aStoredLanguageWithoutTextsIsIgnored() {
        node.put("uiLanguage", "ro");

        assertThat(new UiLanguage(node, Locale.US).stored()).isEmpty();
        assertThat(new UiLanguage(node, Locale.US).current()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void applyingKeepsTheSystemsCountryWhenItSpeaksTheChosenLanguage() {
        assertThat(new UiLanguage(node, Locale.CANADA_FRENCH).apply()).isEqualTo(Locale.CANADA_FRENCH);

        new UiLanguage(node, Locale.US).choose(Optional.of(Locale.FRENCH));
        assertThat(new UiLanguage(node, Locale.US).apply()).isEqualTo(Locale.forLanguageTag("fr"));
        assertThat(Locale.getDefault()).isEqualTo(Locale.forLanguageTag("fr"));
    }
}
