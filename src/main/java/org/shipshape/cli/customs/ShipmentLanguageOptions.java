package org.shipshape.cli.customs;

import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Option;

/** --shipment and --language, shared by the customs commands. */
final class ShipmentLanguageOptions {
    @Option(names = "--shipment", required = true, paramLabel = "REF")
    String shipment;

    @Option(names = "--language", paramLabel = "L")
    String language;

    /** The chosen language, or null for the shipment's own. */
    Language language() {
        if (language == null || language.isBlank()) {
            return null;
        }
        return Language.fromCode(language).orElseThrow(() -> new UserInputException(Message.of(
                "ShipmentLanguageOptions.unknownLanguage", language)));
    }
}
