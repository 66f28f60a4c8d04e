package org.shipshape.cli.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.shipshape.logic.text.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --help} texts of one command, from the message catalogue, as the resource bundle picocli reads. Picocli
 * asks for its own keys ({@code usage.description}, an option's long name such as {@code shipment}, a positional
 * parameter's {@code descriptionKey}); this bundle answers from {@code <Command>.help.<key>} (the command class,
 * nested ones as {@code ShipmentCommand.Create}), then from the same key of each of its mixins
 * ({@code ShipmentOptions.help.ref}), then {@code common.help.<key>} (the standard {@code help} and {@code version}
 * options, the headings). So every command's help is in the user's language and a command's texts sit together in
 * the catalogue.
 *
 * <p>Texts are {@code MessageFormat} patterns like the rest of the catalogue ({@code ''} is an apostrophe);
 * {@code {0}} stands for the option's default value.
 */
public final class HelpTexts extends ResourceBundle {
    static final String COMMON = "common";
    private static final String HELP = ".help.";
    /** Picocli's own mixin for --help and --version, whose texts are {@code common.help.help} and {@code version}. */
    private static final String STANDARD_HELP_OPTIONS = "mixinStandardHelpOptions";
    /** What picocli replaces by the option's default value. */
    private static final String DEFAULT_VALUE = "${DEFAULT-VALUE}";

    private final Catalogue catalogue;
    private final List<String> prefixes;
    private final Set<String> keys;

    private HelpTexts(Catalogue catalogue, List<String> owners) {
        this.catalogue = catalogue;
        this.prefixes = owners.stream().map(owner -> owner + HELP).toList();
        Set<String> found = new LinkedHashSet<>();
        for (String key : catalogue.keys()) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    found.add(key.substring(prefix.length()));
                }
            }
        }
        this.keys = Collections.unmodifiableSet(found);
    }

    /** Gives every command of the tree its help texts in the catalogue's language. */
    public static void localise(CommandLine commandLine, Catalogue catalogue) {
        CommandSpec spec = commandLine.getCommandSpec();
        spec.resourceBundle(new HelpTexts(catalogue, owners(spec)));
        commandLine.getSubcommands().values().stream().distinct().forEach(sub -> localise(sub, catalogue));
    }

    /** The catalogue names whose help keys a command reads, most specific first. */
    static List<String> owners(CommandSpec spec) {
        List<String> owners = new ArrayList<>();
        owners.add(ownerName(spec.userObject().getClass()));
        spec.mixins().forEach((name, mixin) -> {
            if (!name.equals(STANDARD_HELP_OPTIONS) && mixin.userObject() != null) {
                owners.add(ownerName(mixin.userObject().getClass()));
            }
        });
        owners.add(COMMON);
        return owners;
    }

    /** {@code LoadCommand}, or {@code ShipmentCommand.Create} for a nested class. */
    static String ownerName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    @Override
    protected Object handleGetObject(String key) {
        for (String prefix : prefixes) {
            if (catalogue.has(prefix + key)) {
                return catalogue.text(prefix + key, DEFAULT_VALUE);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }

    @Override
    protected Set<String> handleKeySet() {
        return keys;
    }
}
