package dev.iamgate.cli;

import static dev.iamgate.cli.CliResultAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.report.github.RunnerLog;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan inside a GitHub Actions step: annotations, job summary, step outputs, nothing forged. */
class GithubActionsTest {
  private static final String EXAMPLE = "testdata/examples/pull-request/plan.json";
  private static final String INJECTION = "testdata/plans/injection/plan.json";
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  @TempDir Path runner;

  @Test
  void annotatesSummarisesAndSetsOutputs() throws Exception {
    CliResult result = scan("--output", "sarif=" + runner.resolve("iamgate.sarif"), EXAMPLE);

    assertThatRun(result)
        .exitedWith(1)
        .printedContaining(
            "FAILED: 2 blocking findings at or above high\n",
            "::error title=IG002 iam-access-key-created (critical%2C blocking),"
                + "file=testdata/examples/pull-request/modules/ci_bot/main.tf,line=7,endLine=7"
                + "::module.ci_bot.aws_iam_access_key.this: this plan creates it; remove the"
                + " aws_iam_access_key\n");
    assertThat(RunnerLog.commands(result.out() + result.err()))
        .extracting(command -> command.name() + " " + command.properties().get("line"))
        .containsExactly("error 7", "error 2", "warning 12", "warning 34");
    assertThat(Files.readString(runner.resolve("outputs")))
        .isEqualTo("findings=4\nblocking=2\nsarif=" + runner.resolve("iamgate.sarif") + "\n");
    assertThat(Files.readString(runner.resolve("summary")))
        .startsWith("<!-- iamgate:report -->\n### ❌ iamgate failed: 2 blocking findings")
        .contains(
            "[testdata/examples/pull\\-request/main.tf:12](<https://github.com/acme/infra/blob/"
                + SHA
                + "/testdata/examples/pull-request/main.tf#L12>)");
  }

  @Test
  void letsNoInputForgeACommand() {
    CliResult result = scan(INJECTION);

    assertThat(RunnerLog.commands(result.out() + result.err()))
        .extracting(RunnerLog.Command::name)
        .containsExactly(
            "error", "error", "error", "error", "error", "error", "error", "error", "error",
            "error", "warning", "warning", "notice");
    assertThat(result.out()).contains("aws_iam_user.people[\"#\\u0023[error]forged old-style");
  }

  @Test
  void guardsDiagnosticsThatNameAHostilePath(@TempDir Path directory) throws Exception {
    Path hostile = directory.resolve("::error::forged ##[warning]x.json");
    Files.writeString(hostile, "{");

    CliResult result = scan(hostile.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(RunnerLog.commands(result.out() + result.err())).isEmpty();
  }

  @Test
  void keepsAReportForProgramsCleanOnStandardOutput() throws Exception {
    CliResult result = scan("--format", "json", EXAMPLE);

    assertThat(new ObjectMapper().readTree(result.out()).get("verdict").asText())
        .isEqualTo("failed");
    assertThat(RunnerLog.commands(result.err()))
        .extracting(command -> command.name() + " " + command.properties().get("line"))
        .containsExactly("error 7", "error 2", "warning 12", "warning 34");
  }

  @Test
  void staysQuietWithNoGithub() throws Exception {
    CliResult result = scan("--no-github", EXAMPLE);

    assertThat(RunnerLog.commands(result.out() + result.err())).isEmpty();
    assertThat(runner.resolve("summary")).doesNotExist();
  }

  @Test
  void writesTheSameAnnotationsAsTheGithubFormat() throws Exception {
    CliResult result = scan("--format", "github", EXAMPLE);

    assertThat(result.out())
        .isEqualTo(
            Files.readString(
                dev.iamgate.Fixtures.TESTDATA.resolve("golden/github/pull-request.txt")));
    assertThat(result.err())
        .isEqualTo(
            "FAILED: 14 rule runs: 10 pass, 4 fail; 4 findings (1 critical, 1 high, 2 medium); 2"
                + " blocking at high\n");
  }

  private CliResult scan(String... arguments) {
    Map<String, String> variables = new HashMap<>();
    variables.put("GITHUB_ACTIONS", "true");
    variables.put("GITHUB_STEP_SUMMARY", runner.resolve("summary").toString());
    variables.put("GITHUB_OUTPUT", runner.resolve("outputs").toString());
    variables.put("GITHUB_SERVER_URL", "https://github.com");
    variables.put("GITHUB_REPOSITORY", "acme/infra");
    variables.put("GITHUB_SHA", SHA);
    String[] args = new String[arguments.length + 1];
    args[0] = "scan";
    System.arraycopy(arguments, 0, args, 1, arguments.length);
    return CliTest.run(new ByteArrayInputStream(new byte[0]), variables, args);
  }
}
