package dev.iamgate.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Location;
import dev.iamgate.model.Report;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Rule;
import dev.iamgate.report.Fingerprints;
import dev.iamgate.report.Json;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report for programs, in the documented schema {@code
 * src/main/resources/dev/iamgate/report/json/report-v1.schema.json}. {@code schemaVersion} changes
 * its major only for incompatible changes; consumers must ignore fields they do not know.
 */
public final class JsonWriter implements ReportWriter {
  /** The schema this writer follows. */
  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public void write(Report report, Writer out) throws IOException {
    Summary summary = Summary.of(report);
    Json.write(
        new ReportJson(
            SCHEMA_VERSION,
            new ToolJson("iamgate", report.toolVersion()),
            report.verdict().name().toLowerCase(Locale.ROOT),
            report.failOn().label(),
            new SummaryJson(
                summary.findings(),
                summary.blocking(),
                labels(summary.severities()),
                labels(summary.outcomes())),
            report.evaluations().stream().map(e -> input(e, report)).toList(),
            report.rules().stream().map(JsonWriter::rule).toList()),
        out);
  }

  record ReportJson(
      String schemaVersion,
      ToolJson tool,
      String verdict,
      String failOn,
      SummaryJson summary,
      List<InputJson> inputs,
      List<RuleJson> rules) {}

  record ToolJson(String name, String version) {}

  record SummaryJson(
      int findings, int blocking, Map<String, Integer> severities, Map<String, Integer> outcomes) {}

  record InputJson(
      String path,
      String kind,
      String formatVersion,
      String terraformVersion,
      ProfileJson profile,
      Map<String, Integer> actions,
      Map<String, String> outcomes,
      List<FindingJson> findings,
      List<ExistingJson> existing,
      List<DiagnosticJson> notices,
      List<DiagnosticJson> errors) {}

  record ProfileJson(String name, String reason) {}

  record FindingJson(
      String ruleId,
      String ruleName,
      String severity,
      boolean blocking,
      String subject,
      String module,
      String message,
      LocationJson location,
      String fingerprint,
      SuppressionJson suppression) {}

  /** Present when an inline suppression covers the finding. */
  record SuppressionJson(String reason, String until, LocationJson location) {}

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  record LocationJson(String path, int line, int column) {}

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  record ExistingJson(String address, String actions, boolean imported, LocationJson location) {}

  record DiagnosticJson(LocationJson location, String message) {}

  record RuleJson(
      String id, String name, String severity, String scope, String title, String helpUri) {}

  private static InputJson input(Evaluation evaluation, Report report) {
    var source = evaluation.input();
    Map<String, Integer> actions = new TreeMap<>();
    source.actionCounts().forEach((action, count) -> actions.put(action.label(), count));
    Map<String, String> outcomes = new TreeMap<>();
    evaluation
        .outcomes()
        .forEach(
            (id, outcome) -> outcomes.put(id.value(), outcome.name().toLowerCase(Locale.ROOT)));
    return new InputJson(
        source.source().path(),
        source.origin().name().toLowerCase(Locale.ROOT),
        nullIfEmpty(source.formatVersion()),
        nullIfEmpty(source.toolVersion()),
        new ProfileJson(evaluation.profile().profile().label(), evaluation.profile().reason()),
        actions,
        outcomes,
        evaluation.findings().stream().map(f -> finding(f, report)).toList(),
        evaluation.existing().stream().map(JsonWriter::existing).toList(),
        source.notices().stream().map(JsonWriter::diagnostic).toList(),
        evaluation.errors().stream().map(JsonWriter::diagnostic).toList());
  }

  private static FindingJson finding(Finding finding, Report report) {
    return new FindingJson(
        finding.ruleId().value(),
        report.rule(finding.ruleId()).name(),
        finding.severity().label(),
        finding.isBlocking(report.failOn()),
        finding.subject(),
        finding.module(),
        finding.message(),
        location(finding.location()),
        Fingerprints.of(finding),
        finding.isSuppressed()
            ? new SuppressionJson(
                finding.waiver().reason(),
                finding.waiver().until() == null ? null : finding.waiver().until().toString(),
                location(finding.waiver().location()))
            : null);
  }

  private static ExistingJson existing(ResourceChange change) {
    return new ExistingJson(
        change.address().toString(),
        change.actions().label(),
        change.importing(),
        location(change.location()));
  }

  private static DiagnosticJson diagnostic(Diagnostic diagnostic) {
    return new DiagnosticJson(
        location(diagnostic.location()),
        diagnostic.hint().isEmpty()
            ? diagnostic.message()
            : diagnostic.message() + "; " + diagnostic.hint());
  }

  private static LocationJson location(Location location) {
    return new LocationJson(location.path(), location.line(), location.column());
  }

  private static RuleJson rule(Rule rule) {
    return new RuleJson(
        rule.id().value(),
        rule.name(),
        rule.severity().label(),
        rule.scope().name().toLowerCase(Locale.ROOT),
        rule.title(),
        rule.helpUri());
  }

  private static String nullIfEmpty(String text) {
    return text.isEmpty() ? null : text;
  }

  private static <K extends Enum<K>> Map<String, Integer> labels(Map<K, Integer> counts) {
    Map<String, Integer> labels = new TreeMap<>();
    counts.forEach((key, count) -> labels.put(key.name().toLowerCase(Locale.ROOT), count));
    return labels;
  }
}
