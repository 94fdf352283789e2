package dev.iamgate.report.sarif;

import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Location;
import dev.iamgate.model.Report;
import dev.iamgate.model.Rule;
import dev.iamgate.model.Severity;
import dev.iamgate.report.Fingerprints;
import dev.iamgate.report.Json;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Repository;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other consumers: one run, {@code rules[]} from the
 * catalogue with help and {@code security-severity}, every result with its rule index, a stable
 * fingerprint, the input file as physical location (relative, forward slashes, under {@code
 * %SRCROOT%}) and the resource address as logical location. Input errors and notices become tool
 * execution notifications. Follows GitHub's ingestion rules in ../shared/corpus/NOTES.md §3.
 */
public final class SarifWriter implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private final Repository repository;

  /**
   * @param repository where report paths sit in the repository: URIs are relative to its root
   */
  public SarifWriter(Repository repository) {
    this.repository = repository;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Rule> rules = report.rules();
    List<Sarif.Result> results = new ArrayList<>();
    for (Finding finding : report.findings()) {
      results.add(result(finding, rules, report));
    }
    Sarif.Run run =
        new Sarif.Run(
            new Sarif.Tool(
                new Sarif.ToolComponent(
                    "iamgate",
                    report.toolVersion(),
                    report.toolVersion(),
                    rules.stream().map(SarifWriter::descriptor).toList())),
            new Sarif.AutomationDetails("iamgate/"),
            Map.of(
                SRCROOT,
                new Sarif.ArtifactLocation(
                    null,
                    null,
                    Sarif.Message.of(
                        "the root of the repository scanned, or the directory iamgate ran in when there is none"))),
            List.of(invocation(report)),
            results,
            "utf16CodeUnits");
    Json.write(new Sarif.Log(SCHEMA, "2.1.0", List.of(run)), out);
  }

  private static Sarif.ReportingDescriptor descriptor(Rule rule) {
    String help = rule.remediation() + "\n\nExample:\n\n" + rule.example();
    String markdown =
        "**How to fix.** "
            + rule.remediation()
            + "\n\n```hcl\n"
            + rule.example().stripTrailing()
            + "\n```\n\n"
            + rule.rationale();
    return new Sarif.ReportingDescriptor(
        rule.id().value(),
        rule.name(),
        Sarif.Message.of(rule.title()),
        Sarif.Message.of(rule.rationale()),
        new Sarif.Message(help, markdown),
        rule.helpUri(),
        new Sarif.Configuration(level(rule.severity())),
        new Sarif.RuleProperties(
            List.of("security", "iam", "terraform"),
            "very-high",
            problemSeverity(rule.severity()),
            securitySeverity(rule.severity())));
  }

  private Sarif.Result result(Finding finding, List<Rule> rules, Report report) {
    int index = indexOf(rules, finding);
    Sarif.Location location =
        new Sarif.Location(
            physical(finding.location()),
            List.of(new Sarif.LogicalLocation(finding.subject(), "resource")));
    String fingerprint = Fingerprints.of(finding);
    Map<String, String> fingerprints = new LinkedHashMap<>();
    fingerprints.put("iamgate/v1", fingerprint);
    fingerprints.put("primaryLocationLineHash", fingerprint);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("severity", finding.severity().label());
    properties.put("blocking", finding.isBlocking(report.failOn()));
    List<Sarif.Suppression> suppressions =
        finding.isSuppressed()
            ? List.of(
                new Sarif.Suppression(
                    "inSource",
                    "accepted",
                    finding.waiver().reason(),
                    new Sarif.Location(physical(finding.waiver().location()), null)))
            : List.of();
    return new Sarif.Result(
        finding.ruleId().value(),
        index,
        level(finding.severity()),
        Sarif.Message.of(finding.message()),
        List.of(location),
        fingerprints,
        suppressions,
        properties);
  }

  private static int indexOf(List<Rule> rules, Finding finding) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(finding.ruleId())) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "finding of " + finding.ruleId() + ", which is not in the catalogue");
  }

  private Sarif.PhysicalLocation physical(Location location) {
    Sarif.Region region =
        location.line() == 0 ? null : new Sarif.Region(location.line(), location.column());
    return new Sarif.PhysicalLocation(
        new Sarif.ArtifactLocation(Uris.relative(repository.path(location.path())), SRCROOT, null),
        region);
  }

  private Sarif.Invocation invocation(Report report) {
    List<Sarif.Notification> notifications = new ArrayList<>();
    for (Evaluation evaluation : report.evaluations()) {
      evaluation.errors().forEach(error -> notifications.add(notification("error", error)));
      evaluation
          .input()
          .notices()
          .forEach(notice -> notifications.add(notification("note", notice)));
    }
    int exitCode =
        switch (report.verdict()) {
          case PASSED -> 0;
          case FAILED -> 1;
          case ERROR -> 2;
        };
    return new Sarif.Invocation(report.verdict() != Report.Verdict.ERROR, exitCode, notifications);
  }

  private Sarif.Notification notification(String level, Diagnostic diagnostic) {
    String text =
        diagnostic.hint().isEmpty()
            ? diagnostic.message()
            : diagnostic.message() + "; " + diagnostic.hint();
    return new Sarif.Notification(
        level,
        Sarif.Message.of(text),
        List.of(new Sarif.Location(physical(diagnostic.location()), null)));
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  private static String problemSeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "recommendation";
    };
  }

  /** GitHub's scale: critical ≥ 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9. */
  private static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
    };
  }
}
