package org.shipshape.cli.categories;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape categories}: the category names (with HS code and unit) that import files may use. */
@Command(name = "categories", mixinStandardHelpOptions = true)
public final class CategoriesCommand implements Callable<Integer> {
    enum Format { table, csv }

    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private Format format;

    @Override
    public Integer call() {
        List<Category> categories;
        try (Workspace workspace = root.openWorkspaceToRead()) {
            categories = new CategoryService(workspace).all();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            printCsv(out, categories);
        } else {
            printTable(out, categories, root.text());
        }
        out.flush();
        return ExitCode.DONE;
    }

    private static void printCsv(PrintWriter out, List<Category> categories) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            printer.printRecord("name", "hs_code", "unit");
            for (Category category : categories) {
                printer.printRecord(category.name(), hsCode(category), category.defaultUnit());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printTable(PrintWriter out, List<Category> categories, Catalogue text) {
        String name = text.text("CategoriesCommand.column.name");
        String hsCode = text.text("CategoriesCommand.column.hsCode");
        int width = Math.max(name.length(), categories.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        int codeWidth = Math.max(hsCode.length(), 7);
        String line = "%-" + width + "s  %-" + codeWidth + "s  %s%n";
        out.printf(line, name, hsCode, text.text("CategoriesCommand.column.unit"));
        for (Category category : categories) {
            out.printf(line, category.name(), hsCode(category), category.defaultUnit());
        }
        out.println(text.text("CategoriesCommand.count", categories.size()));
    }

    private static String hsCode(Category category) {
        return category.hsCode() == null ? "" : category.hsCode().value();
    }
}
