package dev.iamgate.report.text;

import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Report;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Rule;
import dev.iamgate.model.Severity;
import dev.iamgate.model.Waiver;
import dev.iamgate.report.Invisible;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report for people: the verdict first, then per input its findings grouped by module (most
 * severe first), the existing credentials listed apart, notices, and one line of counts. Invisible
 * characters from the input are spelled out ({@link Invisible}), so a crafted address cannot drive
 * the terminal, reorder a line or start a workflow command.
 */
public final class TextWriter implements ReportWriter {
  private final Ansi ansi;

  /**
   * @param color whether to use ANSI colours
   */
  public TextWriter(boolean color) {
    this.ansi = new Ansi(color);
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Summary summary = Summary.of(report);
    out.write(verdict(report, summary) + "\n");
    for (Evaluation evaluation : report.evaluations()) {
      out.write("\n");
      writeEvaluation(report, evaluation, out);
    }
    out.write("\n" + summary.line(report.failOn()) + "\n");
  }

  private String verdict(Report report, Summary summary) {
    return switch (report.verdict()) {
      case PASSED ->
          ansi.green("PASSED")
              + ": no finding at or above "
              + report.failOn().label()
              + suffix(summary);
      case FAILED ->
          ansi.red("FAILED")
              + ": "
              + summary.blocking()
              + " blocking "
              + (summary.blocking() == 1 ? "finding" : "findings")
              + " at or above "
              + report.failOn().label();
      case ERROR -> ansi.red("ERROR") + ": a rule failed to run, so nothing can be concluded";
    };
  }

  private static String suffix(Summary summary) {
    int below = summary.findings();
    return below == 0 ? "" : " (" + below + " below the threshold)";
  }

  private void writeEvaluation(Report report, Evaluation evaluation, Writer out)
      throws IOException {
    var input = evaluation.input();
    String kind =
        input.origin() == dev.iamgate.model.ChangeSet.Origin.PLAN ? "plan" : "configuration";
    String version =
        input.formatVersion().isEmpty()
            ? ""
            : " (format "
                + input.formatVersion()
                + (input.toolVersion().isEmpty() ? "" : ", Terraform " + input.toolVersion())
                + ")";
    out.write(ansi.bold(kind + " " + Invisible.spellOut(input.source().path())) + version + "\n");
    out.write(
        "  profile "
            + evaluation.profile().profile().label()
            + " ("
            + Invisible.spellOut(evaluation.profile().reason())
            + ")\n");
    for (Diagnostic error : evaluation.errors()) {
      out.write("  " + ansi.red("error") + ": " + Invisible.spellOut(error.toString()) + "\n");
    }
    writeFindings(report, evaluation.findings(), out);
    writeExisting(evaluation.existing(), out);
    for (Diagnostic notice : evaluation.input().notices()) {
      out.write("  note: " + Invisible.spellOut(notice.message()) + "\n");
    }
  }

  private void writeFindings(Report report, List<Finding> findings, Writer out) throws IOException {
    if (findings.isEmpty()) {
      out.write("  no findings\n");
      return;
    }
    Map<String, List<Finding>> byModule = new TreeMap<>();
    for (Finding finding : findings) {
      byModule.computeIfAbsent(finding.module(), m -> new java.util.ArrayList<>()).add(finding);
    }
    for (Map.Entry<String, List<Finding>> module : byModule.entrySet()) {
      out.write(
          "\n  "
              + ansi.bold(
                  module.getKey().isEmpty() ? "root module" : Invisible.spellOut(module.getKey()))
              + "\n");
      List<Finding> ordered =
          module.getValue().stream()
              .sorted(
                  Comparator.comparing(Finding::severity)
                      .reversed()
                      .thenComparing(Comparator.naturalOrder()))
              .toList();
      for (Finding finding : ordered) {
        writeFinding(report.rule(finding.ruleId()), finding, report.failOn(), out);
      }
    }
  }

  private void writeFinding(Rule rule, Finding finding, Severity failOn, Writer out)
      throws IOException {
    String severity = String.format(java.util.Locale.ROOT, "%-8s", finding.severity().name());
    String marker =
        finding.isSuppressed()
            ? "  (suppressed)"
            : finding.isBlocking(failOn) ? "" : "  (below " + failOn.label() + ")";
    out.write(
        "    "
            + ansi.severity(finding.severity(), severity)
            + " "
            + rule.id()
            + " "
            + rule.name()
            + marker
            + "\n");
    out.write("             " + Invisible.spellOut(finding.message()) + "\n");
    out.write("             at " + Invisible.spellOut(finding.location().toString()) + "\n");
    if (finding.isSuppressed()) {
      Waiver waiver = finding.waiver();
      String until = waiver.until() == null ? "" : " until " + waiver.until();
      out.write(
          "             suppressed"
              + until
              + " at "
              + Invisible.spellOut(waiver.location().toString())
              + ": "
              + Invisible.spellOut(waiver.reason())
              + "\n");
    }
  }

  private void writeExisting(List<ResourceChange> existing, Writer out) throws IOException {
    if (existing.isEmpty()) {
      return;
    }
    out.write(
        "\n  existing long-lived credentials, not created by this change (listed, not judged):\n");
    for (ResourceChange change : existing) {
      String how =
          change.importing() ? "imported, " + change.actions().label() : change.actions().label();
      out.write("    " + Invisible.spellOut(change.address().toString()) + "  " + how + "\n");
    }
  }
}
