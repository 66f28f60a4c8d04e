package org.shipshape.logic.io;

/** Text bound for CSV or XLSX cells. */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /**
     * Text that starts with = + - @, tab or carriage return would run as a formula in a spreadsheet (formula
     * injection); such text gets a leading apostrophe so it shows as typed.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
