package dev.iamgate.cli;

import static dev.iamgate.cli.CliResultAssert.assertThatRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final String EXAMPLE = "testdata/examples/pull-request/plan.json";
  private static final String PASSING = "testdata/rules/IG101/pass.json";

  static CliResult run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), Map.of(), args);
  }

  static CliResult run(InputStream stdin, Map<String, String> variables, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment =
        new Environment(
            variables, stdin, false, Path.of("").toAbsolutePath(), dev.iamgate.Fixtures.CLOCK);
    int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
    return new CliResult(code, out.toString(), err.toString());
  }

  @Test
  void failsWithOneWhenAFindingBlocks() {
    assertThatRun(run("scan", "--no-color", EXAMPLE))
        .exitedWith(1)
        .printedContaining(
            "FAILED: 2 blocking findings at or above high\n",
            "    CRITICAL IG002 iam-access-key-created\n",
            "             module.ci_bot.aws_iam_access_key.this: this plan creates it; remove the aws_iam_access_key\n",
            "             at testdata/examples/pull-request/modules/ci_bot/main.tf:7\n",
            "14 rule runs: 10 pass, 4 fail; 4 findings (1 critical, 1 high, 2 medium); 2 blocking at high\n")
        .complainedNothing();
  }

  @Test
  void passesWithZeroWhenNothingReachesTheThreshold() {
    assertThatRun(run("scan", "--fail-on", "critical", "--format", "json", PASSING))
        .exitedWith(0)
        .printedContaining("\"verdict\" : \"passed\"")
        .complained("PASSED: 14 rule runs: 14 pass; 0 findings; 0 blocking at critical\n");
  }

  @Test
  void lowersTheThresholdWithFailOn() {
    assertThatRun(
            run(
                "scan",
                "--fail-on",
                "MEDIUM",
                "--format",
                "sarif",
                "testdata/rules/IG104/fail.json"))
        .exitedWith(1)
        .complained(
            "FAILED: 14 rule runs: 13 pass, 1 fail; 4 findings (4 medium); 4 blocking at medium\n");
  }

  @Test
  void readsAPlanFromStandardInput() throws Exception {
    byte[] plan = Files.readAllBytes(Path.of(EXAMPLE));

    assertThatRun(run(new ByteArrayInputStream(plan), Map.of(), "scan", "--no-color", "-"))
        .exitedWith(1)
        .printedContaining("plan - (format 1.2, Terraform 1.9.5)\n", "             at -:477:5\n");
  }

  @Test
  void skipsOrganizationRulesForAWorkloadProfile() {
    assertThatRun(
            run("scan", "--profile", "workload", "--no-color", "testdata/rules/IG101/fail.json"))
        .exitedWith(0)
        .printedContaining(
            "  profile workload (set by --profile workload)\n",
            "14 rule runs: 7 pass, 7 not applicable; 0 findings; 0 blocking at high\n");
    assertThatRun(
            run(
                "scan",
                "--profile",
                "organization",
                "--no-color",
                "testdata/rules/IG001/pass.json"))
        .exitedWith(1)
        .printedContaining(
            "  profile organization (set by --profile organization)\n",
            "IG101 identity-center-permission-set-missing");
  }

  @Test
  void writesTheReportToAFile(@TempDir Path directory) throws Exception {
    Path report = directory.resolve("report.sarif");

    assertThatRun(run("scan", "--format", "sarif", "--output", report.toString(), EXAMPLE))
        .exitedWith(1)
        .printedNothing()
        .complained(
            "FAILED: 14 rule runs: 10 pass, 4 fail; 4 findings (1 critical, 1 high, 2 medium); 2 blocking at high\n");
    assertThat(Files.readString(report))
        .startsWith("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\",\n");
  }

  @Test
  void reportsEveryUnreadableInputAndJudgesNothing() {
    assertThatRun(
            run(
                "scan",
                EXAMPLE,
                "testdata/plans/invalid/empty.json",
                "testdata/plans/invalid/binary.tfplan"))
        .exitedWith(2)
        .printedNothing()
        .complained(
            """
            testdata/plans/invalid/empty.json: error: the input is empty
              hint: expected the output of `terraform show -json PLANFILE`; check that the command succeeded
            testdata/plans/invalid/binary.tfplan: error: this is a binary plan file (a zip archive), not JSON
              hint: run `terraform show -json PLANFILE > plan.json` (or `tofu show -json`) and scan plan.json
            iamgate: nothing was judged: 2 of 3 inputs could not be read
            """);
  }

  @Test
  void refusesABadCommandLineWithTwo() {
    assertThatRun(run("scan", "--format", "xml", EXAMPLE))
        .exitedWith(2)
        .printedNothing()
        .complainedContaining(
            "Invalid value for option '--format': unknown report format \"xml\"; expected one of"
                + " text, json, sarif, github, markdown, junit, gitlab-codequality, gitlab-sast,"
                + " rdjson");
    assertThatRun(run("scan"))
        .exitedWith(2)
        .complainedContaining("Missing required parameter: 'PATH'");
    assertThatRun(run())
        .exitedWith(2)
        .complainedContaining("missing a command: scan, rules or explain");
  }

  @Test
  void writesSeveralReportsInOneScanIdenticallyTwice(@TempDir Path directory) throws Exception {
    List<String> formats =
        List.of("sarif", "junit", "gitlab-codequality", "gitlab-sast", "rdjson", "markdown");
    List<String> args = new java.util.ArrayList<>(List.of("scan", "--format", "json"));
    for (String format : formats) {
      args.add("--output");
      args.add(format + "=" + directory.resolve(format));
    }
    args.add("--output");
    args.add(directory.resolve("report.json").toString());
    args.add(EXAMPLE);

    assertThatRun(run(args.toArray(String[]::new)))
        .exitedWith(1)
        .printedNothing()
        .complained(
            "FAILED: 14 rule runs: 10 pass, 4 fail; 4 findings (1 critical, 1 high, 2 medium); 2 blocking at high\n");
    Map<String, String> first = new java.util.TreeMap<>();
    for (String name : List.of("sarif", "junit", "gitlab-sast", "markdown", "report.json")) {
      first.put(name, Files.readString(directory.resolve(name)));
    }
    assertThat(first.get("junit"))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
    assertThat(first.get("markdown")).startsWith("<!-- iamgate:report -->\n");
    assertThat(first.get("report.json")).contains("\"verdict\" : \"failed\"");

    run(args.toArray(String[]::new));
    for (Map.Entry<String, String> written : first.entrySet()) {
      assertThat(Files.readString(directory.resolve(written.getKey())))
          .as(written.getKey())
          .isEqualTo(written.getValue());
    }
  }

  @Test
  void refusesAmbiguousOutputs(@TempDir Path directory) {
    assertThatRun(
            run(
                "scan",
                "--output",
                directory.resolve("a").toString(),
                "--output",
                directory.resolve("b").toString(),
                EXAMPLE))
        .exitedWith(2)
        .printedNothing()
        .complainedContaining("only one --output may omit its format");
    assertThatRun(
            run(
                "scan",
                "--output",
                "sarif=" + directory.resolve("a"),
                "--output",
                "junit=" + directory.resolve("a"),
                EXAMPLE))
        .exitedWith(2)
        .complainedContaining("--output names " + directory.resolve("a") + " twice");
    assertThatRun(run("scan", "--output", "sarif=", EXAMPLE))
        .exitedWith(2)
        .complained("iamgate: error: --output sarif= names no file; write sarif=FILE\n");
  }

  @Test
  void refusesABadReproducibleTime() {
    assertThatRun(
            run(
                new ByteArrayInputStream(new byte[0]),
                Map.of("SOURCE_DATE_EPOCH", "soon"),
                "scan",
                EXAMPLE))
        .exitedWith(2)
        .printedNothing()
        .complained(
            "SOURCE_DATE_EPOCH: error: the environment variable is \"soon\", not a number of seconds since 1970\n"
                + "  hint: fix or unset SOURCE_DATE_EPOCH\n");
  }

  @Test
  void cannotWriteToAMissingDirectory(@TempDir Path directory) {
    Path report = directory.resolve("absent/report.json");

    assertThatRun(run("scan", "--format", "json", "--output", report.toString(), PASSING))
        .exitedWith(2)
        .complainedContaining("iamgate: error: cannot write the json report to " + report);
  }

  @Test
  void listsTheExitCodesInHelp() {
    assertThatRun(run("scan", "--help"))
        .exitedWith(0)
        .printedContaining(
            "Exit codes:\n",
            "  0   no finding at or above the --fail-on severity\n",
            "  1   at least one blocking finding\n",
            "  2   bad command line, unreadable or invalid input, invalid policy, or a bug;\n")
        .complainedNothing();
  }

  @Test
  void scansADirectoryWithItsSuppressions() {
    assertThatRun(run("scan", "--no-color", "testdata/examples/pull-request"))
        .exitedWith(1)
        .printedContaining(
            "configuration testdata/examples/pull-request\n",
            "    HIGH     IG001 iam-user-created  (suppressed)\n",
            "             suppressed until 2027-06-30 at testdata/examples/pull-request/main.tf:65:1: predates the guardrails; removal tracked in PLAT-7\n",
            "             at testdata/examples/pull-request/modules/ci_bot/main.tf:2\n");
  }

  @Test
  void placesPlanFindingsAtTheSourceItIsGiven() {
    assertThatRun(run("scan", "--no-color", "--source", "testdata/examples/pull-request", "-"))
        .exitedWith(2)
        .complainedContaining("-: error: the input is empty");
    assertThatRun(
            run(
                "scan",
                "--no-color",
                "--source",
                "testdata/hcl/IG001/fail",
                "testdata/rules/IG001/fail.json"))
        .exitedWith(1)
        .printedContaining(
            "             at testdata/rules/IG001/fail.json:82:5\n",
            "  note: findings are placed at the .tf blocks of testdata/hcl/IG001/fail; 4 change(s) have no block there and keep their place in the plan\n");
    assertThatRun(run("scan", "--source", "testdata/rules", "testdata/rules/IG001/fail.json"))
        .exitedWith(2)
        .complained(
            "testdata/rules: error: --source names no directory with .tf files\n"
                + "  hint: name the root module the plan was made from\n"
                + "iamgate: nothing was judged: 1 of 1 input could not be read\n");
  }

  @Test
  void refusesInvalidHclAndJudgesNothing() {
    assertThatRun(run("scan", "testdata/invalid-hcl/garbage"))
        .exitedWith(2)
        .printedNothing()
        .complained(
            "testdata/invalid-hcl/garbage/main.tf:1:23: error: not valid HCL: expected \"=\" or \"{\" after \"this\", found a line break\n"
                + "  hint: fix the syntax; `terraform validate` shows the same place\n"
                + "iamgate: nothing was judged: 1 of 1 input could not be read\n");
  }

  @Test
  void printsItsVersion() {
    assertThatRun(run("--version")).exitedWith(0).printed("iamgate 0.1.0\n").complainedNothing();
  }

  @Test
  void listsTheRules() {
    assertThatRun(run("rules"))
        .exitedWith(0)
        .printedContaining(
            "ID     SEVERITY  SCOPE         NAME                                     REQUIREMENT\n",
            "IG002  critical  any           iam-access-key-created                   A change must not create IAM access keys.\n",
            "IG302  medium    any           guardrail-unverifiable                   ");
  }

  @Test
  void explainsARuleByIdOrName() {
    CliResult byId = run("explain", "ig201");

    assertThatRun(byId)
        .exitedWith(0)
        .printedContaining(
            "IG201 scp-deny-iam-user-creation-missing\n",
            "Severity: high    Scope: organization\n",
            "Example:\n  resource \"aws_organizations_policy\" \"deny_iam_users\" {\n",
            "More: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html\n");
    assertThatRun(run("explain", "scp-deny-iam-user-creation-missing"))
        .exitedWith(0)
        .printed(byId.out());
    assertThatRun(run("explain", "IG999"))
        .exitedWith(2)
        .printedNothing()
        .complained("iamgate: error: no rule \"IG999\"; run `iamgate rules` to list them\n");
  }

  @Test
  void colorsOnlyATerminalWithoutNoColor() {
    StringWriter out = new StringWriter();
    Environment terminal =
        new Environment(
            Map.of(),
            InputStream.nullInputStream(),
            true,
            Path.of("").toAbsolutePath(),
            dev.iamgate.Fixtures.CLOCK);
    Cli.run(
        new String[] {"scan", EXAMPLE},
        new PrintWriter(out),
        new PrintWriter(new StringWriter()),
        terminal);
    assertThat(out.toString()).contains("\u001b[31;1mFAILED\u001b[0m");

    StringWriter plain = new StringWriter();
    Environment noColor =
        new Environment(
            Map.of("NO_COLOR", "1"),
            InputStream.nullInputStream(),
            true,
            Path.of("").toAbsolutePath(),
            dev.iamgate.Fixtures.CLOCK);
    Cli.run(
        new String[] {"scan", EXAMPLE},
        new PrintWriter(plain),
        new PrintWriter(new StringWriter()),
        noColor);
    assertThat(plain.toString()).doesNotContain("\u001b[").startsWith("FAILED: ");
  }

  @Test
  void writesIdenticalBytesWhateverTheOrderOfInputs() {
    String one = run("scan", "--format", "sarif", EXAMPLE, PASSING).out();
    String two = run("scan", "--format", "sarif", PASSING, EXAMPLE).out();

    assertThat(one).isEqualTo(two).contains("\"ruleId\" : \"IG002\"");
    assertThat(new String(one.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(run("scan", "--format", "sarif", EXAMPLE, PASSING).out());
  }
}
