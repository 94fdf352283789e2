package dev.iamgate.cli;

import dev.iamgate.input.plan.PlanReader;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Profile;
import dev.iamgate.model.Report;
import dev.iamgate.model.Severity;
import dev.iamgate.report.ReportFormat;
import dev.iamgate.report.Summary;
import dev.iamgate.rules.RuleEngine;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iamgate scan PATH...}: reads plans, runs the rules, writes the report, sets the exit code.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description =
        "Scan Terraform or OpenTofu plans (`terraform show -json PLANFILE` output) and report what breaks the identity guardrails.")
final class ScanCommand implements Callable<Integer> {
  private final Console console;
  private final Environment environment;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Plan JSON files (- reads standard input), or Terraform directories or .tf files: every"
              + " root module at or below a directory is scanned.")
  List<String> paths;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "The Terraform root module a plan was made from: findings and suppressions are placed at"
              + " its .tf blocks. Default: the plan's own directory, when it holds .tf files.")
  Path source;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Report format: text, json or sarif (default: ${DEFAULT-VALUE}).",
      defaultValue = "text",
      completionCandidates = Choices.Formats.class)
  ReportFormat format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description =
          "auto, organization or workload (default: ${DEFAULT-VALUE}). organization runs the Identity Center and SCP rules, workload skips them, auto runs them when the input holds aws_organizations_* or aws_ssoadmin_* blocks.",
      defaultValue = "auto",
      completionCandidates = Choices.Profiles.class)
  Profile profile;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Lowest severity that fails the gate: low, medium, high or critical (default: ${DEFAULT-VALUE}).",
      defaultValue = "high",
      completionCandidates = Choices.Severities.class)
  Severity failOn;

  @Option(
      names = "--no-color",
      description = "No ANSI colours in the text report (also when NO_COLOR is set).")
  boolean noColor;

  ScanCommand(Console console, Environment environment) {
    this.console = console;
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    // The catalogue loads while the plan starts streaming: its first sections need no rules.
    CompletableFuture<RuleEngine> engine =
        Catalogue.loadInBackground().thenApply(rules -> new RuleEngine(rules, environment.clock()));
    List<Evaluation> evaluations;
    try {
      evaluations = evaluate(engine);
    } catch (CompletionException e) {
      if (e.getCause() instanceof InvalidInputException invalid) {
        invalid.diagnostics().forEach(console::error);
        return ExitCode.ERROR.code();
      }
      throw e;
    }
    if (evaluations == null) {
      return ExitCode.ERROR.code();
    }
    Report report = new Report(Version.get(), engine.join().rules(), evaluations, failOn);
    if (!write(report)) {
      return ExitCode.ERROR.code();
    }
    if (format != ReportFormat.TEXT || output != null) {
      console.info(report.verdict().name() + ": " + Summary.of(report).line(failOn));
    }
    return ExitCode.of(report.verdict()).code();
  }

  /** Evaluates every input; null when any could not be read (all problems are printed). */
  private List<Evaluation> evaluate(CompletableFuture<RuleEngine> engine) {
    Inputs inputs = new Inputs(new PlanReader(() -> engine.join().types()), source, environment);
    List<Evaluation> evaluations = new ArrayList<>();
    int failed = 0;
    for (String path : paths) {
      try {
        for (ChangeSet input : inputs.read(path)) {
          evaluations.add(engine.join().evaluate(input, profile));
        }
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(console::error);
        failed++;
      }
    }
    if (failed > 0) {
      console.info(
          "iamgate: nothing was judged: "
              + failed
              + " of "
              + paths.size()
              + (paths.size() == 1 ? " input" : " inputs")
              + " could not be read");
      return null;
    }
    return evaluations;
  }

  private boolean write(Report report) throws IOException {
    if (output == null) {
      format.writer(style()).write(report, console.out());
      console.out().flush();
      return true;
    }
    Path target = environment.workingDirectory().resolve(output);
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      format.writer(ReportFormat.Style.PLAIN).write(report, out);
      return true;
    } catch (IOException e) {
      console.error(
          "cannot write the report to "
              + output
              + ": "
              + e.getMessage()
              + "; check that the directory exists and is writable");
      return false;
    }
  }

  private ReportFormat.Style style() {
    String noColorVariable = environment.variables().get("NO_COLOR");
    boolean color =
        environment.terminal()
            && !noColor
            && (noColorVariable == null || noColorVariable.isEmpty());
    return color ? ReportFormat.Style.COLOR : ReportFormat.Style.PLAIN;
  }
}
