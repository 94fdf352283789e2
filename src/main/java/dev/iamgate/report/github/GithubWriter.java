package dev.iamgate.report.github;

import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Report;
import dev.iamgate.model.Rule;
import dev.iamgate.model.Severity;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Repository;
import dev.iamgate.report.github.WorkflowCommand.Level;
import dev.iamgate.report.github.WorkflowCommand.Place;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions annotations: one workflow command per finding that is not suppressed, at its
 * {@code .tf} line relative to the repository root. A blocking finding is an error, one below the
 * threshold a warning (a notice when low), and a rule that failed to run an error. GitHub shows at
 * most {@value #PER_LEVEL} annotations of each level per step, so the most severe go first and one
 * closing notice says how many were left out and where to read them. Every value from the input is
 * escaped, so no finding can end its line or start a command of its own.
 */
public final class GithubWriter implements ReportWriter {
  // TODO(#4): GitHub also keeps at most 50 annotations per job; each iamgate step writes up to 30,
  // so a job with two or more iamgate steps can pass 50 and lose the later ones without a word.
  /** GitHub's limit per annotation level and step (actions/toolkit, annotations). */
  static final int PER_LEVEL = 10;

  private static final Place IAMGATE = new Place("iamgate", "", 0, 0);

  private final Repository repository;

  /**
   * @param repository where report paths sit in the repository
   */
  public GithubWriter(Repository repository) {
    this.repository = repository;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Annotation> all = annotations(report);
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    all.forEach(annotation -> counts.merge(annotation.level(), 1, Integer::sum));
    // When some are left out, the last notice slot is kept for saying so.
    boolean overflow = counts.values().stream().anyMatch(count -> count > PER_LEVEL);
    Map<Level, Integer> shown = new EnumMap<>(Level.class);
    int leftOut = 0;
    for (Annotation annotation : all) {
      int room = annotation.level() == Level.NOTICE && overflow ? PER_LEVEL - 1 : PER_LEVEL;
      if (shown.getOrDefault(annotation.level(), 0) < room) {
        shown.merge(annotation.level(), 1, Integer::sum);
        out.write(annotation.command() + "\n");
      } else {
        leftOut++;
      }
    }
    if (leftOut > 0) {
      out.write(WorkflowCommand.annotation(Level.NOTICE, IAMGATE, leftOut(leftOut)) + "\n");
    }
  }

  private static String leftOut(int count) {
    return count
        + (count == 1 ? " more finding was" : " more findings were")
        + " not annotated: GitHub shows "
        + PER_LEVEL
        + " annotations of each kind per step. The job summary, the SARIF report and the text"
        + " report list every finding.";
  }

  /** One annotation to write, with the order key that puts the most severe first. */
  private record Annotation(
      Level level, Severity severity, int order, Place place, String message) {
    String command() {
      return WorkflowCommand.annotation(level, place, message);
    }
  }

  private List<Annotation> annotations(Report report) {
    List<Annotation> annotations = new ArrayList<>();
    for (Evaluation evaluation : report.evaluations()) {
      for (Diagnostic error : evaluation.errors()) {
        annotations.add(
            new Annotation(
                Level.ERROR,
                Severity.CRITICAL,
                annotations.size(),
                place("iamgate: a rule failed to run", error.location()),
                error.message() + (error.hint().isEmpty() ? "" : "; " + error.hint())));
      }
    }
    for (Finding finding : report.findings()) {
      if (!finding.isSuppressed()) {
        annotations.add(annotation(report, finding, annotations.size()));
      }
    }
    annotations.sort(
        Comparator.comparing(Annotation::level)
            .thenComparing(Annotation::severity, Comparator.reverseOrder())
            .thenComparing(Annotation::order));
    return annotations;
  }

  private Annotation annotation(Report report, Finding finding, int order) {
    Rule rule = report.rule(finding.ruleId());
    boolean blocking = finding.isBlocking(report.failOn());
    Level level =
        blocking ? Level.ERROR : finding.severity() == Severity.LOW ? Level.NOTICE : Level.WARNING;
    String grade =
        finding.severity().label()
            + (blocking ? ", blocking" : ", below " + report.failOn().label());
    String title = rule.id() + " " + rule.name() + " (" + grade + ")";
    return new Annotation(
        level, finding.severity(), order, place(title, finding.location()), finding.message());
  }

  private Place place(String title, dev.iamgate.model.Location location) {
    String file = location.path().equals("-") ? "" : repository.path(location.path());
    return new Place(title, file, location.line(), location.line());
  }
}
