package dev.iamgate.input.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamgate.Fixtures;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Profile;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HclReaderTest {
  private static final Path HERE = Path.of("").toAbsolutePath();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          missing-brace        | testdata/invalid-hcl/missing-brace/main.tf:1:1: not valid HCL: the block that starts here is not closed with "}"
          garbage              | testdata/invalid-hcl/garbage/main.tf:1:23: not valid HCL: expected "=" or "{" after "this", found a line break
          unterminated-heredoc | testdata/invalid-hcl/unterminated-heredoc/main.tf:2:12: not valid HCL: the heredoc is not closed by a line holding "EOF"
          extra-brace          | testdata/invalid-hcl/extra-brace/main.tf:3:1: not valid HCL: expected an attribute or a block, found "}"
          json-syntax          | testdata/invalid-hcl/json-syntax/main.tf:1:1: not valid HCL: expected an attribute or a block, found "{"
          unterminated-string  | testdata/invalid-hcl/unterminated-string/main.tf:2:10: not valid HCL: the string is not closed on its line
          missing-value        | testdata/invalid-hcl/missing-value/main.tf:2:3: not valid HCL: the attribute "name" has no value after "="
          dangling-operator    | testdata/invalid-hcl/dangling-operator/main.tf:2:14: not valid HCL: expected an expression, found the end of the expression
          interpolated-label   | testdata/invalid-hcl/interpolated-label/main.tf:1:25: not valid HCL: a block label must be a literal string
          """)
  void refusesInvalidHclWithFileAndLine(String fixture, String message) {
    assertThatThrownBy(() -> read("testdata/invalid-hcl/" + fixture))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(d -> d.location() + ": " + d.message())
                    .containsExactly(message));
  }

  @Test
  void reportsEveryInvalidFileOfADirectoryAtOnce() {
    assertThatThrownBy(() -> read("testdata/invalid-hcl/two-errors"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(d -> d.location() + ": " + d.message())
                    .containsExactly(
                        "testdata/invalid-hcl/two-errors/b.tf:3:1: not valid HCL: unexpected \"}\" where the \"[\" at line 2 needs closing",
                        "testdata/invalid-hcl/two-errors/c.tf:2:7: not valid HCL: unexpected \")\""));
  }

  @Test
  void makesNoRequestForAnHttpDataSource(@TempDir Path directory) throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread listener =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      listener.setDaemon(true);
      listener.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/policy.json";
      Files.writeString(
          directory.resolve("main.tf"),
          "data \"http\" \"policy\" {\n  url = \""
              + url
              + "\"\n}\n\n"
              + "locals {\n  body = data.http.policy.response_body\n}\n\n"
              + "resource \"aws_organizations_policy\" \"fetched\" {\n  name    = \"fetched\"\n  content = local.body\n}\n");

      List<ChangeSet> roots = new HclReader().read(directory, directory);
      var evaluation = Fixtures.engine().evaluate(roots.get(0), Profile.AUTO);

      assertThat(connections.get()).isZero();
      assertThat(evaluation.findings())
          .extracting(f -> f.ruleId() + " " + f.subject())
          .contains("IG302 aws_organizations_policy.fetched");
    }
  }

  @Test
  void refusesAFileOverTheSizeLimit(@TempDir Path directory) throws Exception {
    Files.writeString(
        directory.resolve("main.tf"), "# " + "x".repeat((int) Workspace.MAX_FILE_BYTES) + "\n");

    assertThatThrownBy(() -> new HclReader().read(directory, directory))
        .hasMessage(
            "main.tf: the file has 8388611 bytes, more than the limit of 8388608; iamgate does not read generated files this large");
  }

  @Test
  void refusesNestingBeyondTheLimit(@TempDir Path directory) throws Exception {
    Files.writeString(
        directory.resolve("main.tf"),
        "locals {\n  deep = " + "[".repeat(300) + "]".repeat(300) + "\n}\n");

    assertThatThrownBy(() -> new HclReader().read(directory, directory))
        .hasMessage(
            "main.tf:2:210: not valid HCL: expression nested deeper than 200 levels; fix the syntax; `terraform validate` shows the same place");
  }

  @Test
  void findsRootsAndSkipsHiddenAndTerraformDirectories(@TempDir Path directory) throws Exception {
    write(
        directory.resolve("live/prod/main.tf"),
        "module \"iam\" {\n  source = \"../../modules/iam\"\n}\n");
    write(
        directory.resolve("modules/iam/main.tf"),
        "resource \"aws_iam_user\" \"u\" {\n  name = \"u\"\n}\n");
    write(directory.resolve("live/dev/main.tf"), "resource \"aws_s3_bucket\" \"b\" {}\n");
    write(directory.resolve(".git/hooks/main.tf"), "resource \"aws_iam_user\" \"hidden\" {}\n");
    write(
        directory.resolve("live/prod/.terraform/modules/x/main.tf"),
        "resource \"aws_iam_user\" \"cached\" {}\n");

    List<ChangeSet> roots = new HclReader().read(directory, directory);

    assertThat(roots)
        .extracting(root -> root.source().path())
        .containsExactly("live/dev", "live/prod");
    assertThat(roots.get(1).changes())
        .extracting(c -> c.address() + " " + c.location())
        .containsExactly("module.iam.aws_iam_user.u modules/iam/main.tf:1");
  }

  @Test
  void scansRemoteModulesThatTerraformInitDownloaded(@TempDir Path directory) throws Exception {
    write(
        directory.resolve("main.tf"),
        "module \"users\" {\n  source  = \"acme/users/aws\"\n  version = \"1.0.0\"\n}\n");
    write(
        directory.resolve(".terraform/modules/modules.json"),
        "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},{\"Key\":\"users\",\"Source\":\"registry.terraform.io/acme/users/aws\",\"Version\":\"1.0.0\",\"Dir\":\".terraform/modules/users\"}]}");
    write(
        directory.resolve(".terraform/modules/users/main.tf"),
        "resource \"aws_iam_access_key\" \"k\" {\n  user = \"u\"\n}\n");

    ChangeSet root = new HclReader().read(directory, directory).get(0);

    assertThat(root.changes())
        .extracting(c -> c.address() + " " + c.location())
        .containsExactly("module.users.aws_iam_access_key.k .terraform/modules/users/main.tf:1");
  }

  @Test
  void namesRemoteModulesItCannotScan(@TempDir Path directory) throws Exception {
    write(
        directory.resolve("main.tf"),
        "module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n");

    ChangeSet root = new HclReader().read(directory, directory).get(0);

    assertThat(root.notices())
        .extracting(Object::toString)
        .containsExactly(
            "main.tf:1: module.vpc is not scanned: it is a remote module (terraform-aws-modules/vpc/aws) that is not downloaded; run terraform init to scan it");
  }

  @Test
  void readsVariablesFromDefaultsAndTfvars(@TempDir Path directory) throws Exception {
    write(
        directory.resolve("main.tf"),
        "variable \"session\" {\n  default = \"PT1H\"\n}\nvariable \"kind\" {\n  default = \"GROUP\"\n}\n"
            + "resource \"aws_ssoadmin_permission_set\" \"p\" {\n  session_duration = var.session\n}\n"
            + "resource \"aws_ssoadmin_account_assignment\" \"a\" {\n  principal_type = var.kind\n}\n");
    write(directory.resolve("terraform.tfvars"), "session = \"PT10H\"\n");
    write(directory.resolve("z.auto.tfvars"), "kind = \"USER\"\n");

    ChangeSet root = new HclReader().read(directory, directory).get(0);

    assertThat(after(root, "aws_ssoadmin_permission_set.p", "session_duration"))
        .isEqualTo(new Value.Text("PT10H"));
    assertThat(after(root, "aws_ssoadmin_account_assignment.a", "principal_type"))
        .isEqualTo(new Value.Text("USER"));
  }

  @Test
  void readsJsonConfiguration(@TempDir Path directory) throws Exception {
    write(
        directory.resolve("main.tf.json"),
        "{\n  \"resource\": {\n    \"aws_iam_user\": {\n      \"json_user\": { \"name\": \"${var.prefix}-bot\" }\n    }\n  },\n"
            + "  \"variable\": { \"prefix\": { \"default\": \"ci\" } }\n}\n");

    ChangeSet root = new HclReader().read(directory, directory).get(0);

    assertThat(root.changes())
        .extracting(c -> c.address() + " " + c.location())
        .containsExactly("aws_iam_user.json_user main.tf.json:4");
    assertThat(after(root, "aws_iam_user.json_user", "name")).isEqualTo(new Value.Text("ci-bot"));
  }

  @Test
  void evaluatesPolicyDocumentsTemplatesAndFunctions() throws Exception {
    ChangeSet root = new HclReader().read(Path.of("testdata/hcl/IG201/pass-template"), HERE).get(0);
    Value content = after(root, "aws_organizations_policy.deny_iam_users", "content");

    assertThat(content.textOrNull())
        .contains("\"Action\": [\"iam:CreateUser\",\"iam:CreateAccessKey\"]");
  }

  @Test
  void placesPlanChangesAtTheirBlocksThroughKeyedModuleCalls(@TempDir Path directory)
      throws Exception {
    write(
        directory.resolve("main.tf"),
        "resource \"aws_iam_user\" \"created\" {\n  name = \"c\"\n}\n\n"
            + "module \"teams\" {\n  source   = \"./modules/team\"\n  for_each = toset([\"data\", \"web\"])\n}\n");
    write(
        directory.resolve("modules/team/main.tf"),
        "\n\nresource \"aws_iam_user\" \"member\" {\n  name = \"m\"\n}\n");
    ChangeSet plan = Fixtures.read("testdata/rules/IG001/fail.json");

    ChangeSet located = new HclReader().locate(plan, directory, directory);

    assertThat(located.changes())
        .extracting(c -> c.address() + " " + c.location())
        .containsExactly(
            "aws_iam_user.created main.tf:1",
            "module.teams[\"data\"].aws_iam_user.member modules/team/main.tf:3",
            "aws_iam_user.renamed testdata/rules/IG001/fail.json:143:5",
            "aws_iam_user.rotated testdata/rules/IG001/fail.json:187:5");
  }

  @Test
  void expandsDynamicStatementsItCanAndReportsThoseItCannot(@TempDir Path directory)
      throws Exception {
    write(
        directory.resolve("main.tf"),
        "data \"aws_iam_policy_document\" \"known\" {\n  dynamic \"statement\" {\n    for_each = [\"iam:CreateUser\", \"iam:CreateAccessKey\"]\n"
            + "    content {\n      effect    = \"Deny\"\n      actions   = [statement.value]\n      resources = [\"*\"]\n    }\n  }\n}\n\n"
            + "data \"aws_iam_policy_document\" \"unknown\" {\n  dynamic \"statement\" {\n    for_each = var.denied\n"
            + "    content {\n      effect  = \"Deny\"\n      actions = [statement.value]\n    }\n  }\n}\n\n"
            + "variable \"denied\" {}\n\n"
            + "resource \"aws_organizations_policy\" \"known\" {\n  content = data.aws_iam_policy_document.known.json\n}\n"
            + "resource \"aws_organizations_policy\" \"unknown\" {\n  content = data.aws_iam_policy_document.unknown.json\n}\n"
            + "resource \"aws_organizations_policy_attachment\" \"known\" {\n  policy_id = aws_organizations_policy.known.id\n}\n");

    ChangeSet root = new HclReader().read(directory, directory).get(0);
    Value known = after(root, "aws_organizations_policy.known", "content");
    Value unknown = after(root, "aws_organizations_policy.unknown", "content");

    assertThat(((Value.ObjectValue) known).get("Statement"))
        .isEqualTo(
            new Value.ListValue(
                List.of(denyAll("iam:CreateUser"), denyAll("iam:CreateAccessKey"))));
    assertThat(unknown)
        .isEqualTo(
            new Value.Unknown(
                "generated by dynamic \"statement\" from a collection not set (var.denied has no default and no value iamgate can see)"));
  }

  private static Value denyAll(String action) {
    java.util.Map<String, Value> statement = new java.util.LinkedHashMap<>();
    statement.put("Effect", new Value.Text("Deny"));
    statement.put("Action", new Value.ListValue(List.of(new Value.Text(action))));
    statement.put("Resource", new Value.ListValue(List.of(new Value.Text("*"))));
    return new Value.ObjectValue(statement);
  }

  private static Value after(ChangeSet root, String address, String attribute) {
    return root.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .map(c -> c.afterAttribute(attribute))
        .orElseThrow();
  }

  private static List<ResourceChange> read(String path) throws InvalidInputException {
    return new HclReader().read(Path.of(path), HERE).get(0).changes();
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
