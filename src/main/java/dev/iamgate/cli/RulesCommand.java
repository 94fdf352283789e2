package dev.iamgate.cli;

import dev.iamgate.model.Rule;
import dev.iamgate.rules.ActiveRule;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code iamgate rules}: lists the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the rules: id, severity, scope, name and requirement.")
final class RulesCommand implements Callable<Integer> {
  private final Console console;

  RulesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    List<ActiveRule> rules = Catalogue.load(console);
    if (rules == null) {
      return ExitCode.ERROR.code();
    }
    PrintWriter out = console.out();
    out.printf(
        Locale.ROOT,
        "%-6s %-9s %-13s %-40s %s%n",
        "ID",
        "SEVERITY",
        "SCOPE",
        "NAME",
        "REQUIREMENT");
    for (ActiveRule active : rules) {
      Rule rule = active.rule();
      out.printf(
          Locale.ROOT,
          "%-6s %-9s %-13s %-40s %s%n",
          rule.id(),
          rule.severity().label(),
          rule.scope().name().toLowerCase(Locale.ROOT),
          rule.name(),
          rule.title());
    }
    out.println();
    out.println("Run `iamgate explain ID` for the rationale, the fix and an example.");
    out.flush();
    return ExitCode.PASSED.code();
  }
}
