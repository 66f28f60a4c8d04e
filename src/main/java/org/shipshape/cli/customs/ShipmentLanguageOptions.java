package org.shipshape.cli.customs;

import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import picocli.CommandLine.Option;

/** --shipment and --language, shared by the customs commands. */
final class ShipmentLanguageOptions {
    @Option(names = "--shipment", required = true, paramLabel = "REF", description = "Shipment reference, such as MLI-2026-01.")
    String shipment;

    @Option(names = "--language", paramLabel = "L",
            description = "Language printed beside English: en, fr, ro, ru or hy (default: the shipment's).")
    String language;

    /** The chosen language, or null for the shipment's own. */
    Language language() {
        if (language == null || language.isBlank()) {
            return null;
        }
        return Language.fromCode(language).orElseThrow(() -> new UserInputException("--language: \"" + language
                + "\" is not a document language; use en, fr, ro, ru or hy."));
    }
}
