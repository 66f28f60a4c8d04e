package org.shipshape.gui.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;

/** The home screen counts problems and warnings in words that agree with the number. */
class HomeTextsTest {
    @Test
    void oneProblemIsSingularAndSeveralArePlural() {
        Catalogue english = Catalogue.of(Language.EN);
        assertThat(english.text("HomeView.problems.some", 1, 0))
                .isEqualTo("1 problem stops the final customs pack, no warning.");
        assertThat(english.text("HomeView.problems.some", 2, 3))
                .isEqualTo("2 problems stop the final customs pack, 3 warnings.");
        assertThat(Catalogue.of(Language.FR).text("HomeView.problems.some", 1, 1))
                .isEqualTo("1 problème bloque le dossier douanier définitif, 1 avertissement.");
    }

    @Test
    void packageCountsAreGroupedLikeEveryOtherNumberOnTheScreen() {
        assertThat(Catalogue.of(Language.EN).text("HomeView.shipment.summary", "AM", "Centre", "packing", 0, 1500))
                .endsWith("0 of 1,500 packages loaded");
    }
}
