package org.shipshape.logic.customs;

import org.shipshape.model.common.Language;
import org.shipshape.model.customs.PhraseBook;

/** Labels and phrases of a document in English and the document language side by side. */
final class DocumentTexts {
    private final PhraseBook phrases;
    private final Language local;

    DocumentTexts(PhraseBook phrases, Language local) {
        this.phrases = phrases;
        this.local = local;
    }

    Language local() {
        return local;
    }

    boolean isBilingual() {
        return local != Language.EN;
    }

    String english(String key) {
        return phrases.text(key, Language.EN);
    }

    /** The text in the document language (English where no translation is stored). */
    String translated(String key) {
        return phrases.text(key, local);
    }

    /** "Shipper / Expéditeur" for field labels; just English when both are the same. */
    String label(String key) {
        return pair(english(key), translated(key), " / ");
    }

    /** "Quantity\nQuantité" for column headers. */
    String column(String key) {
        return pair(english(key), translated(key), "\n");
    }

    /** English and translation of a free text, such as a category name. */
    String pair(String english, String translation, String separator) {
        if (!isBilingual() || translation == null || translation.isBlank() || translation.equals(english)) {
            return english;
        }
        return english + separator + translation;
    }

    /** "Page {0} of {1} / Page {0} sur {1}" (filled in per page by the layout). */
    String pagePattern() {
        return label("label.page");
    }
}
