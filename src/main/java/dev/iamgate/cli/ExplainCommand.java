package dev.iamgate.cli;

import dev.iamgate.model.Rule;
import dev.iamgate.rules.ActiveRule;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code iamgate explain ID}: one rule in full. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain one rule: why it exists, how to fix a finding, an example.")
final class ExplainCommand implements Callable<Integer> {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private final Console console;

  @Parameters(
      paramLabel = "RULE",
      description = "A rule id such as IG001, or its name such as iam-user-created.")
  String wanted;

  ExplainCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    List<ActiveRule> rules = Catalogue.load(console);
    if (rules == null) {
      return ExitCode.ERROR.code();
    }
    for (ActiveRule active : rules) {
      Rule rule = active.rule();
      if (rule.id().value().equalsIgnoreCase(wanted) || rule.name().equals(wanted)) {
        print(rule, console.out());
        return ExitCode.PASSED.code();
      }
    }
    console.error("no rule \"" + wanted + "\"; run `iamgate rules` to list them");
    return ExitCode.ERROR.code();
  }

  private static void print(Rule rule, PrintWriter out) {
    out.println(rule.id() + " " + rule.name());
    out.println(rule.title());
    out.println();
    out.println(
        "Severity: "
            + rule.severity().label()
            + "    Scope: "
            + rule.scope().name().toLowerCase(Locale.ROOT));
    out.println();
    out.println("Why:");
    out.println(indent(wrap(rule.rationale())));
    out.println();
    out.println("How to fix:");
    out.println(indent(wrap(rule.remediation())));
    out.println();
    out.println("Example:");
    out.println(indent(rule.example().stripTrailing()));
    out.println();
    out.println("More: " + rule.helpUri());
    out.flush();
  }

  /** Breaks a paragraph into lines of at most 96 characters. */
  private static String wrap(String paragraph) {
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (String word : WHITESPACE.split(paragraph.strip(), -1)) {
      if (width > 0 && width + 1 + word.length() > 96) {
        out.append('\n');
        width = 0;
      } else if (width > 0) {
        out.append(' ');
        width++;
      }
      out.append(word);
      width += word.length();
    }
    return out.toString();
  }

  private static String indent(String text) {
    return text.lines()
        .map(line -> line.isEmpty() ? line : "  " + line)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }
}
