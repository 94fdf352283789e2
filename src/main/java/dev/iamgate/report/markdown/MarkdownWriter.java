package dev.iamgate.report.markdown;

import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Location;
import dev.iamgate.model.Outcome;
import dev.iamgate.model.Report;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Rule;
import dev.iamgate.model.RuleId;
import dev.iamgate.model.Severity;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Repository;
import dev.iamgate.report.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Markdown for a pull-request comment or a job summary: a hidden marker (so a workflow can update
 * one sticky comment), the verdict, a table of findings most severe first with each {@code
 * file:line} linked to the commit when the repository is known, how to fix each rule once, the
 * existing long-lived credentials apart from new ones, suppressed findings with their reasons, and
 * what could not be decided. Every value from the input is escaped. Tables stop short of {@code
 * limit} characters and say how many rows they left out.
 */
public final class MarkdownWriter implements ReportWriter {
  /** The first line, for a workflow to find the comment to update. */
  public static final String MARKER = "<!-- iamgate:report -->";

  /** Fits a GitHub comment (65,536 characters) and a job summary (1 MiB). */
  public static final int COMMENT_LIMIT = 60_000;

  /** Room kept for the sections after a table and the closing line. */
  private static final int TAIL = 6_000;

  private final Repository repository;
  private final int limit;

  /**
   * @param repository where report paths sit, and the web address of the commit for links
   * @param limit the most characters to write, at least 10,000
   */
  public MarkdownWriter(Repository repository, int limit) {
    if (limit < 10_000) {
      throw new IllegalArgumentException("limit " + limit + " is below 10,000 characters");
    }
    this.repository = repository;
    this.limit = limit;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    Summary summary = Summary.of(report);
    md.append(MARKER).append('\n');
    md.append("### ").append(verdict(report, summary)).append("\n\n");
    md.append(summary.line(report.failOn())).append("\n");
    List<Finding> open = report.findings().stream().filter(f -> !f.isSuppressed()).toList();
    findings(report, open, md);
    fixes(report, open, md);
    existing(report, md);
    suppressed(report, md);
    undecided(report, md);
    md.append("\n<sub>iamgate ")
        .append(Markdown.text(report.toolVersion()))
        .append(" · ")
        .append(inputs(report))
        .append("</sub>\n");
    out.write(md.toString());
  }

  private static String verdict(Report report, Summary summary) {
    return switch (report.verdict()) {
      case PASSED ->
          "✅ iamgate passed: no finding at or above "
              + report.failOn().label()
              + (summary.findings() == 0 ? "" : " (" + summary.findings() + " below it)");
      case FAILED ->
          "❌ iamgate failed: "
              + summary.blocking()
              + (summary.blocking() == 1 ? " blocking finding" : " blocking findings")
              + " at or above "
              + report.failOn().label();
      case ERROR -> "⚠️ iamgate could not judge this change: a rule failed to run";
    };
  }

  private void findings(Report report, List<Finding> open, StringBuilder md) {
    if (open.isEmpty()) {
      return;
    }
    List<Finding> ordered =
        open.stream()
            .sorted(
                Comparator.comparing((Finding f) -> !f.isBlocking(report.failOn()))
                    .thenComparing(Finding::severity, Comparator.reverseOrder())
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    md.append("\n| Severity | Rule | Resource | Where | What to change |\n|---|---|---|---|---|\n");
    List<String> rows = new ArrayList<>();
    for (Finding finding : ordered) {
      Rule rule = report.rule(finding.ruleId());
      rows.add(
          row(
              grade(finding, report.failOn()),
              rule.id() + " " + rule.name(),
              Markdown.code(finding.subject()),
              where(finding.location()),
              Markdown.text(problem(finding))));
    }
    lines(rows, "findings", TAIL, md);
  }

  private static String grade(Finding finding, Severity failOn) {
    String icon =
        switch (finding.severity()) {
          case CRITICAL -> "🔴";
          case HIGH -> "🟠";
          case MEDIUM -> "🟡";
          case LOW -> "⚪";
        };
    return icon
        + " "
        + finding.severity().label()
        + (finding.isBlocking(failOn) ? ", blocking" : "");
  }

  /** The message without the subject it starts with, which has its own column. */
  private static String problem(Finding finding) {
    String prefix = finding.subject() + ": ";
    return finding.message().startsWith(prefix)
        ? finding.message().substring(prefix.length())
        : finding.message();
  }

  private String where(Location location) {
    if (location.path().equals("-")) {
      return "standard input";
    }
    String shown = location.line() == 0 ? location.path() : location.path() + ":" + location.line();
    String link = repository.link(location.path(), location.line());
    return link.isEmpty() ? Markdown.code(shown) : "[" + Markdown.text(shown) + "](<" + link + ">)";
  }

  private static void fixes(Report report, List<Finding> open, StringBuilder md) {
    Map<RuleId, Rule> rules = new TreeMap<>();
    open.forEach(finding -> rules.put(finding.ruleId(), report.rule(finding.ruleId())));
    if (rules.isEmpty()) {
      return;
    }
    md.append("\n<details><summary>How to fix</summary>\n\n");
    for (Rule rule : rules.values()) {
      md.append("- **")
          .append(rule.id())
          .append(" ")
          .append(rule.name())
          .append("**: ")
          .append(Markdown.text(rule.remediation()))
          .append(" [More](<")
          .append(rule.helpUri())
          .append(">)\n");
    }
    md.append("\n</details>\n");
  }

  private void existing(Report report, StringBuilder md) {
    List<ResourceChange> existing = new ArrayList<>();
    report.evaluations().forEach(evaluation -> existing.addAll(evaluation.existing()));
    if (existing.isEmpty()) {
      return;
    }
    md.append("\n**Existing long-lived credentials**, not created by this change (listed, not")
        .append(" judged):\n\n| Resource | This change | Where |\n|---|---|---|\n");
    List<String> rows = new ArrayList<>();
    for (ResourceChange change : existing) {
      String how =
          change.importing() ? "imported, " + change.actions().label() : change.actions().label();
      rows.add(row(Markdown.code(change.address().toString()), how, where(change.location())));
    }
    lines(rows, "credentials", TAIL / 2, md);
  }

  private void suppressed(Report report, StringBuilder md) {
    List<Finding> suppressed = report.findings().stream().filter(Finding::isSuppressed).toList();
    if (suppressed.isEmpty()) {
      return;
    }
    md.append("\n**Suppressed** (they do not fail the gate):\n\n")
        .append("| Rule | Resource | Reason | Until | Suppressed at |\n|---|---|---|---|---|\n");
    List<String> rows = new ArrayList<>();
    for (Finding finding : suppressed) {
      var waiver = finding.waiver();
      rows.add(
          row(
              finding.ruleId().value(),
              Markdown.code(finding.subject()),
              Markdown.text(waiver.reason()),
              waiver.until() == null ? "no end date" : waiver.until().toString(),
              where(waiver.location())));
    }
    lines(rows, "suppressed findings", TAIL / 3, md);
  }

  private void undecided(Report report, StringBuilder md) {
    List<String> undecided = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Evaluation evaluation : report.evaluations()) {
      evaluation
          .outcomes()
          .forEach(
              (rule, outcome) -> {
                if (outcome == Outcome.UNDECIDED) {
                  undecided.add(
                      "- "
                          + rule
                          + " "
                          + report.rule(rule).name()
                          + " on "
                          + where(evaluation.input().source())
                          + ": a value it needs is known only after apply");
                }
              });
      for (Diagnostic error : evaluation.errors()) {
        undecided.add(
            "- "
                + where(error.location())
                + ": a rule failed to run: "
                + Markdown.text(error.message()));
      }
      for (Diagnostic notice : evaluation.input().notices()) {
        notes.add("- " + where(notice.location()) + ": " + Markdown.text(notice.message()));
      }
    }
    list("**Could not be decided** (review by hand):", undecided, md);
    list("**Notes:**", notes, md);
  }

  private void list(String heading, List<String> items, StringBuilder md) {
    if (items.isEmpty()) {
      return;
    }
    md.append('\n').append(heading).append("\n\n");
    lines(items, "items", 1_000, md);
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  /**
   * Appends {@code lines} while the text stays {@code reserve} characters short of the limit, then
   * says how many were left out.
   */
  private void lines(List<String> lines, String what, int reserve, StringBuilder md) {
    int written = 0;
    for (String line : lines) {
      if (md.length() + line.length() > limit - reserve) {
        break;
      }
      md.append(line).append('\n');
      written++;
    }
    leftOut(lines.size() - written, what, md);
  }

  private static void leftOut(int count, String what, StringBuilder md) {
    if (count > 0) {
      md.append("\n… and ")
          .append(count)
          .append(" more ")
          .append(what)
          .append(", left out to keep this under GitHub's size limit; the SARIF and text reports")
          .append(" list them all.\n");
    }
  }

  private static String inputs(Report report) {
    List<String> inputs = new ArrayList<>();
    for (Evaluation evaluation : report.evaluations()) {
      String kind =
          evaluation.input().origin() == dev.iamgate.model.ChangeSet.Origin.PLAN
              ? "plan"
              : "configuration";
      inputs.add(
          kind
              + " "
              + Markdown.code(evaluation.input().source().path())
              + ", profile "
              + evaluation.profile().profile().label());
    }
    return inputs.isEmpty() ? "no inputs" : String.join("; ", inputs);
  }
}
