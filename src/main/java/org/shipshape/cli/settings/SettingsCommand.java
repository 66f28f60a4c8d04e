package org.shipshape.cli.settings;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.settings.SettingsService;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape settings list|get KEY|set KEY VALUE...}: the organisation and the defaults, key by key. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        subcommands = {SettingsCommand.ListSettings.class, SettingsCommand.Get.class, SettingsCommand.Set.class})
public final class SettingsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListSettings implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, String> all;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                all = new SettingsService(workspace).list();
            }
            PrintWriter out = spec.commandLine().getOut();
            int width = all.keySet().stream().mapToInt(String::length).max().orElse(0);
            all.forEach((key, value) -> out.printf("%-" + width + "s = %s%n", key, value.replace("\n", " | ")));
            out.flush();
            return ExitCode.DONE;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true)
    static final class Get implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "key")
        String key;

        @Override
        public Integer call() {
            String value;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                value = new SettingsService(workspace).get(key);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(value);
            out.flush();
            return ExitCode.DONE;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "key")
        String key;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "VALUE", descriptionKey = "value")
        List<String> values;

        @Override
        public Integer call() {
            Catalogue text = CommandSupport.text(spec);
            String now;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                SettingsService settings = new SettingsService(workspace);
                settings.set(key, values);
                now = settings.get(key);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(text.text("SettingsCommand.set", key.trim(), now.replace("\n", " | ")));
            out.flush();
            return ExitCode.DONE;
        }
    }
}
