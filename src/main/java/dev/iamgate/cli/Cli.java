package dev.iamgate.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code iamgate scan}, {@code iamgate rules}, {@code iamgate explain}. {@link
 * #run} returns the exit code instead of exiting, so tests call it directly.
 */
@Command(
    name = "iamgate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Policy gate for Terraform: no long-lived IAM users or access keys, and IAM Identity Center",
      "and the Service Control Policy guardrails defined as code. Offline: no AWS or network call."
    },
    synopsisSubcommandLabel = "COMMAND")
public final class Cli implements Runnable {
  @Spec CommandSpec spec;

  private Cli() {}

  /** Runs the command line {@code args}; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
    Console console = new Console(out, err);
    CommandLine commandLine = new CommandLine(new Cli());
    commandLine.addSubcommand(new ScanCommand(console, environment));
    commandLine.addSubcommand(new RulesCommand(console));
    commandLine.addSubcommand(new ExplainCommand(console));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          // The CLI boundary (STYLE §33): a bug must still end in one clear line and exit 2.
          console.error("internal error: " + e + "; this is a bug in iamgate, please report it");
          return ExitCode.ERROR.code();
        });
    addExitCodes(commandLine);
    return commandLine.execute(args);
  }

  private static void addExitCodes(CommandLine commandLine) {
    Map<String, String> codes = ExitCode.help();
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(codes);
    commandLine
        .getSubcommands()
        .values()
        .forEach(
            sub ->
                sub.getCommandSpec()
                    .usageMessage()
                    .exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(codes));
    commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.ERROR.code());
    commandLine
        .getSubcommands()
        .values()
        .forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCode.ERROR.code()));
  }

  /** {@code iamgate} without a command: show the usage and fail. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing a command: scan, rules or explain");
  }
}
