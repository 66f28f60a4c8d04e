package org.shipshape.gui.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.shipshape.logic.text.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language of the window: the volunteer's choice, kept per user on this computer (outside the warehouse file,
 * because it is needed before a database opens and two volunteers may share one warehouse), or the system's.
 * The window applies it once at start and again when it is changed ({@link #apply}), then rebuilds its screens.
 *
 * <p>Stored as {@code uiLanguage} = ISO 639-1 code in the preferences node {@code org/shipshape/settings}; absent
 * means the system's language.
 */
public final class UiLanguage {
    static final String KEY = "uiLanguage";
    private static final Logger LOG = LoggerFactory.getLogger(UiLanguage.class);

    private final Preferences node;
    private final Locale systemLocale;

    /** The volunteer's setting on this computer, with the system locale as it was when the JVM started. */
    public UiLanguage() {
        this(Preferences.userRoot().node("org/shipshape/settings"), SystemLocale.AT_START);
    }

    /** A setting kept in another node (tests), for a system whose locale is {@code systemLocale}. */
    public UiLanguage(Preferences node, Locale systemLocale) {
        this.node = node;
        this.systemLocale = systemLocale;
    }

    /** The stored choice, if one was made and Shipshape still has texts in that language. */
    public Optional<Locale> stored() {
        // looks for the chosen language's file alone: listing every language looks for some 190 files on the class
        // path, which held up the warehouse's opening beside the window's start (and every start reads this)
        return Optional.ofNullable(node.get(KEY, null)).map(Locale::forLanguageTag)
                .filter(chosen -> Catalogue.languageOf(chosen).equals(chosen));
    }

    /** The system's language if Shipshape speaks it, English otherwise. */
    public Locale system() {
        return Catalogue.languageOf(systemLocale);
    }

    /** The language the window uses: the stored choice, or the system's. */
    public Locale current() {
        return stored().orElseGet(this::system);
    }

    /** Remembers a language; {@code Optional.empty()} goes back to following the system. */
    public void choose(Optional<Locale> language) {
        language.ifPresentOrElse(l -> node.put(KEY, l.getLanguage()), () -> node.remove(KEY));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not store the window's language; it applies until Shipshape is closed", e);
        }
    }

    /**
     * Makes the current language the default locale, which every screen's {@code Messages} and JavaFX's own texts
     * (dialog buttons, date pickers) read. The system locale stays as it is when it already speaks that language,
     * so a Belgian or Canadian French system keeps its country's formats.
     */
    public Locale apply() {
        Locale language = current();
        Locale locale = Catalogue.languageOf(systemLocale).equals(language) ? systemLocale : language;
        Locale.setDefault(locale);
        return locale;
    }

    /** The default locale before Shipshape changed it: what "the system's language" means. */
    private static final class SystemLocale {
        static final Locale AT_START = Locale.getDefault();
    }
}
