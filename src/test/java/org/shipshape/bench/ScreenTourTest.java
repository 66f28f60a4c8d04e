package org.shipshape.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScreenTourTest {

    @Test
    void theRefusalOfTheScanBeforeIsNotTakenForThisScansAnswer() {
        String before = "Package SCAN-0753 belongs to shipment A, not B; put it aside.";
        assertFalse(ScreenTour.refusalOf("SCAN-0754", before, before), "still the answer to 0753");
        assertFalse(ScreenTour.refusalOf("SCAN-0754", "", ""), "no answer yet");
    }

    @Test
    void aRefusalNamingThePackageOrANewSentenceAnswersThisScan() {
        String before = "Package SCAN-0753 belongs to shipment A, not B; put it aside.";
        assertTrue(ScreenTour.refusalOf("SCAN-0754", "Package SCAN-0754 belongs to shipment A, not B; put it aside.",
                before));
        assertTrue(ScreenTour.refusalOf("SCAN-0754", "Shipment B is closed; its loads are locked.", before));
        assertTrue(ScreenTour.refusalOf("SCAN-0754", "Package SCAN-0754 is already loaded.", ""));
    }
}
