package org.shipshape.cli.packing;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.packing.BoxSizes;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape box-sizes list|add|retire|delete}: the standard box sizes of the packing screen. */
@Command(name = "box-sizes", mixinStandardHelpOptions = true,
        subcommands = {BoxSizesCommand.ListSizes.class, BoxSizesCommand.Add.class,
            BoxSizesCommand.Retire.class, BoxSizesCommand.Delete.class})
public final class BoxSizesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListSizes implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--all")
        boolean all;

        @Override
        public Integer call() {
            Catalogue text = CommandSupport.text(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                BoxSizes sizes = new BoxSizes(workspace);
                for (BoxSize size : sizes.all()) {
                    if (size.retired() && !all) {
                        continue;
                    }
                    Dimensions d = size.dimensions();
                    out.println(text.text(size.retired() ? "BoxSizesCommand.retiredLine" : "BoxSizesCommand.line",
                            size.code(), size.name(), d.lengthCm(), d.widthCm(), d.heightCm(),
                            sizes.packagesUsing(size)));
                }
            }
            out.flush();
            return ExitCode.DONE;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "code")
        String code;
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;
        @Option(names = "--size", required = true, paramLabel = "LxWxH")
        String size;

        @Override
        public Integer call() {
            BoxSize added;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                Dimensions dimensions = new PackingService(workspace).parseDimensions(size);
                added = new BoxSizes(workspace).save(new BoxSize(code, name, dimensions), true);
            }
            print(spec, "BoxSizesCommand.added", added.code());
            return ExitCode.DONE;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true)
    static final class Retire implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "code")
        String code;
        @Option(names = "--undo")
        boolean undo;

        @Override
        public Integer call() {
            BoxSize changed;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                changed = new BoxSizes(workspace).retire(code, !undo);
            }
            print(spec, undo ? "BoxSizesCommand.reinstated" : "BoxSizesCommand.retired", changed.code());
            return ExitCode.DONE;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true)
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "code")
        String code;

        @Override
        public Integer call() {
            BoxSize deleted;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                deleted = new BoxSizes(workspace).delete(code);
            }
            print(spec, "BoxSizesCommand.deleted", deleted.code());
            return ExitCode.DONE;
        }
    }

    private static void print(CommandSpec spec, String key, Object... arguments) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(CommandSupport.text(spec).text(key, arguments));
        out.flush();
    }
}
