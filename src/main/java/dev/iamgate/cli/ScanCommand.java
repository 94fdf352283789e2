package dev.iamgate.cli;

import dev.iamgate.input.plan.PlanReader;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Profile;
import dev.iamgate.model.Report;
import dev.iamgate.model.Severity;
import dev.iamgate.report.ReportContext;
import dev.iamgate.report.ReportFormat;
import dev.iamgate.report.Summary;
import dev.iamgate.rules.RuleEngine;
import java.io.IOException;
import java.io.StringWriter;
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
      description =
          "Report format: text, json, sarif, github, markdown, junit, gitlab-codequality,"
              + " gitlab-sast or rdjson (default: ${DEFAULT-VALUE}).",
      defaultValue = "text",
      converter = Choices.FormatConverter.class,
      completionCandidates = Choices.Formats.class)
  ReportFormat format;

  @Option(
      names = "--output",
      paramLabel = "[FORMAT=]FILE",
      description =
          "Write a report to a file; repeat for more. FORMAT=FILE writes that format (e.g."
              + " sarif=iamgate.sarif); a plain FILE takes the --format report instead of"
              + " standard output.")
  List<String> outputs = new ArrayList<>();

  @Option(
      names = "--no-github",
      description =
          "In GitHub Actions (GITHUB_ACTIONS=true), do not write annotations, the job summary or"
              + " step outputs.")
  boolean noGithub;

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
    Targets targets;
    ReportContext context;
    try {
      targets = Targets.of(format, outputs);
      context = ContextReader.read(environment, false);
    } catch (IllegalArgumentException e) {
      console.error(e.getMessage());
      return ExitCode.ERROR.code();
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(console::error);
      return ExitCode.ERROR.code();
    }
    boolean actions = !noGithub && GithubActions.isActive(environment);
    if (actions) {
      console.guard(targets.toStandardOutput() && format == ReportFormat.TEXT);
    }
    Report report = scan();
    if (report == null) {
      return ExitCode.ERROR.code();
    }
    if (!write(report, targets, context) || actions && !writeGithub(report, targets, context)) {
      return ExitCode.ERROR.code();
    }
    if (format != ReportFormat.TEXT || !targets.toStandardOutput()) {
      console.info(report.verdict().name() + ": " + Summary.of(report).line(failOn));
    }
    return ExitCode.of(report.verdict()).code();
  }

  /** Reads and judges every input; null when any could not be read (all problems are printed). */
  private Report scan() {
    // The catalogue loads while the plan starts streaming: its first sections need no rules.
    CompletableFuture<RuleEngine> engine =
        Catalogue.loadInBackground().thenApply(rules -> new RuleEngine(rules, environment.clock()));
    List<Evaluation> evaluations;
    try {
      evaluations = evaluate(engine);
    } catch (CompletionException e) {
      if (e.getCause() instanceof InvalidInputException invalid) {
        invalid.diagnostics().forEach(console::error);
        return null;
      }
      throw e;
    }
    return evaluations == null
        ? null
        : new Report(Version.get(), engine.join().rules(), evaluations, failOn);
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

  /** Writes every report; false when a file could not be written (the problem is printed). */
  private boolean write(Report report, Targets targets, ReportContext context) throws IOException {
    if (targets.toStandardOutput()) {
      ReportContext styled = new ReportContext(color(), context.repository(), context.time());
      format.writer(styled).write(report, console.out());
      console.out().flush();
    }
    for (Targets.Target target : targets.files()) {
      Path file = environment.workingDirectory().resolve(target.file());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        target.format().writer(context).write(report, out);
      } catch (IOException e) {
        console.error(
            "cannot write the "
                + target.format().label()
                + " report to "
                + target.file()
                + ": "
                + e.getMessage()
                + "; check that the directory exists and is writable");
        return false;
      }
    }
    return true;
  }

  /**
   * In a GitHub Actions step: the annotations (unless the report on standard output is them), the
   * job summary and the step outputs.
   */
  private boolean writeGithub(Report report, Targets targets, ReportContext context)
      throws IOException {
    if (format != ReportFormat.GITHUB || !targets.toStandardOutput()) {
      StringWriter annotations = new StringWriter();
      ReportFormat.GITHUB.writer(context).write(report, annotations);
      // Standard output carries them unless it carries a report for programs.
      boolean toOut = !targets.toStandardOutput() || format == ReportFormat.TEXT;
      console.command(annotations.toString(), toOut);
    }
    GithubActions github = new GithubActions(environment);
    try {
      github.writeSummary(report, context);
      github.writeOutputs(report, targets.fileOf(ReportFormat.SARIF));
      return true;
    } catch (IOException e) {
      console.error(
          "cannot write the GitHub job summary or step outputs: "
              + e.getMessage()
              + "; check GITHUB_STEP_SUMMARY and GITHUB_OUTPUT, or pass --no-github");
      return false;
    }
  }

  private boolean color() {
    String noColorVariable = environment.variables().get("NO_COLOR");
    return environment.terminal()
        && !noColor
        && (noColorVariable == null || noColorVariable.isEmpty());
  }
}
