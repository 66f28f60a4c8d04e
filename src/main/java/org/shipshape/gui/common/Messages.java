package org.shipshape.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible text of one screen, from the resource bundle named like the screen's class
 * ({@code MainView.properties}, {@code MainView_fr.properties} beside it).
 */
public final class Messages {
    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages of(Class<?> screen) {
        return new Messages(ResourceBundle.getBundle(screen.getName(), Locale.getDefault()));
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing text '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
