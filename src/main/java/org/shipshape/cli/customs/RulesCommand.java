package org.shipshape.cli.customs;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.customs.DestinationRules;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Severity;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.common.Message;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape rules list|add|remove --country CC}: the destination rules of one country. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Add.class, RulesCommand.Remove.class})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--country", required = true, paramLabel = "CC")
        String country;

        @Override
        public Integer call() {
            Catalogue text = CommandSupport.text(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                Map<Long, String> categories = new CategoryService(workspace).all().stream()
                        .collect(Collectors.toMap(Category::id, Category::name));
                for (DestinationRule rule : new DestinationRules(workspace).forCountry(country)) {
                    out.println(text.text("RulesCommand.line", rule.id(), text.text(Catalogue.enumKey(rule.severity())),
                            goods(text, rule, categories), rule.message()));
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
        @Option(names = "--country", required = true, paramLabel = "CC")
        String country;
        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Goods goods;
        @Option(names = "--used-only")
        boolean usedOnly;
        @Option(names = "--severity", required = true, paramLabel = "block|warn|info")
        String severity;
        @Option(names = "--explanation", required = true, paramLabel = "TEXT")
        String explanation;
        @Option(names = "--confirmed")
        boolean confirmed;

        static final class Goods {
            @Option(names = "--category", paramLabel = "NAME")
            String category;
            @Option(names = "--hs-code", paramLabel = "CODE")
            String hsCode;
        }

        @Override
        public Integer call() {
            DestinationRule added;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                DestinationRules rules = new DestinationRules(workspace);
                Long categoryId = goods == null || goods.category == null ? null : rules.categoryId(goods.category);
                added = rules.save(new DestinationRule(0, country, categoryId, goods == null ? null : goods.hsCode,
                        usedOnly, severity(severity), explanation, confirmed));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CommandSupport.text(spec).text("RulesCommand.added", added.id(), added.countryCode()));
            out.flush();
            return ExitCode.DONE;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--country", required = true, paramLabel = "CC")
        String country;
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        long id;

        @Override
        public Integer call() {
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                DestinationRules rules = new DestinationRules(workspace);
                boolean ofCountry = rules.forCountry(country).stream().anyMatch(r -> r.id() == id);
                if (!ofCountry) {
                    throw new org.shipshape.logic.task.UserInputException(Message.of("RulesCommand.notOfCountry", id,
                            country.trim().toUpperCase(java.util.Locale.ROOT)));
                }
                rules.delete(id);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CommandSupport.text(spec).text("RulesCommand.removed", id));
            out.flush();
            return ExitCode.DONE;
        }
    }

    private static Severity severity(String text) {
        return org.shipshape.model.common.CodedEnum.fromCode(Severity.class, text.trim().toLowerCase(
                java.util.Locale.ROOT)).orElseThrow(() -> new org.shipshape.logic.task.UserInputException(
                Message.of("RulesCommand.severity", text)));
    }

    private static String goods(Catalogue text, DestinationRule rule, Map<Long, String> categories) {
        String what = rule.categoryId() != null ? categories.getOrDefault(rule.categoryId(), "?")
                : rule.hsCode() != null ? "HS " + rule.hsCode() : text.text("RulesCommand.allGoods");
        return rule.usedOnly() ? text.text("RulesCommand.usedOnly", what) : what;
    }
}
