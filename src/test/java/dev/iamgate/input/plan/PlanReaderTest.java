package dev.iamgate.input.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamgate.Fixtures;
import dev.iamgate.model.Actions;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanReaderTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty.json               | testdata/plans/invalid/empty.json: the input is empty; expected the output of `terraform show -json PLANFILE`; check that the command succeeded
          whitespace.json          | testdata/plans/invalid/whitespace.json: the input is empty; expected the output of `terraform show -json PLANFILE`; check that the command succeeded
          binary.tfplan            | testdata/plans/invalid/binary.tfplan: this is a binary plan file (a zip archive), not JSON; run `terraform show -json PLANFILE > plan.json` (or `tofu show -json`) and scan plan.json
          truncated.json           | testdata/plans/invalid/truncated.json:68:3: the plan is truncated: the input ends inside a JSON value; re-create it with `terraform show -json PLANFILE`; check that the command finished and the file was copied whole
          not-json.txt             | testdata/plans/invalid/not-json.txt:1:1: not valid JSON: Unrecognized token 'Terraform': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); expected the output of `terraform show -json PLANFILE`
          bad-syntax.json          | testdata/plans/invalid/bad-syntax.json:4:17: not valid JSON: Unrecognized token 'aws_iam_user': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); expected the output of `terraform show -json PLANFILE`
          binary-garbage.bin       | testdata/plans/invalid/binary-garbage.bin:1:2: not valid JSON: Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens; expected the output of `terraform show -json PLANFILE`
          array.json               | testdata/plans/invalid/array.json:1:1: this is JSON, but a array, not a Terraform plan; expected the output of `terraform show -json PLANFILE` or `tofu show -json PLANFILE`
          state.json               | testdata/plans/invalid/state.json: this is a Terraform state, not a plan; save a plan with `terraform plan -out PLANFILE`, then scan the output of `terraform show -json PLANFILE`
          no-format-version.json   | testdata/plans/invalid/no-format-version.json: this JSON has no format_version, so it is not a Terraform plan; expected the output of `terraform show -json PLANFILE` or `tofu show -json PLANFILE`
          format-2.json            | testdata/plans/invalid/format-2.json: unsupported plan format_version "2.0"; iamgate reads format 0.1, 0.2 and 1.x (Terraform 0.12 and later, OpenTofu); upgrade iamgate
          format-number.json       | testdata/plans/invalid/format-number.json:2:21: format_version is a number, expected a string such as "1.2"; expected the output of `terraform show -json PLANFILE` or `tofu show -json PLANFILE`
          errored.json             | testdata/plans/invalid/errored.json: the plan is partial: Terraform reported errors while planning (errored: true); fix the errors terraform plan printed and plan again; a partial plan cannot be judged
          unsupported-actions.json | testdata/plans/invalid/unsupported-actions.json:5:5: unsupported actions [teleport] for aws_s3_bucket.x at /resource_changes/0; this iamgate knows create, read, update, delete, both replace orders, no-op and forget; upgrade iamgate
          trailing.json            | testdata/plans/invalid/trailing.json:2:1: unexpected content after the end of the plan; the file holds more than one JSON document; scan one plan per file
          """)
  void refusesBadInputWithOneClearLine(String file, String message) {
    assertThatThrownBy(() -> Fixtures.read("testdata/plans/invalid/" + file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(message));
  }

  @Test
  void namesAMissingFileAndADirectory() {
    assertThatThrownBy(() -> Fixtures.read("testdata/plans/invalid/absent.json"))
        .hasMessage("testdata/plans/invalid/absent.json: no such file; check the path");
    assertThatThrownBy(() -> Fixtures.read("testdata/plans/invalid"))
        .hasMessage(
            "testdata/plans/invalid: this is a directory, not a plan file; name the plan JSON file written by `terraform show -json PLANFILE`");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "utf8-bom.json",
        "utf16le-bom.json",
        "utf16be-bom.json",
        "utf32le-bom.json",
        "utf16le-no-bom.json"
      })
  void decodesUnicodeEncodingsAsPowerShellWritesThem(String file) throws Exception {
    ChangeSet plan = Fixtures.read("testdata/plans/encodings/" + file);

    assertThat(plan.changes())
        .extracting(c -> c.address() + " " + c.actions().label())
        .containsExactly(
            "aws_iam_user.created create",
            "module.teams[\"data\"].aws_iam_user.member create",
            "aws_iam_user.renamed replace (delete, then create)",
            "aws_iam_user.rotated replace (create, then delete)");
  }

  @Test
  void mergesUnknownAndSensitiveValues() throws Exception {
    ChangeSet plan = Fixtures.read("testdata/rules/IG002/fail.json");
    ResourceChange key =
        plan.changes().stream()
            .filter(c -> c.address().toString().equals("aws_iam_access_key.deploy"))
            .findFirst()
            .orElseThrow();

    assertThat(key.afterAttribute("status")).isEqualTo(new Value.Text("Active"));
    assertThat(key.afterAttribute("secret"))
        .isEqualTo(new Value.Secret(new Value.Unknown("known only after apply")));
    assertThat(key.afterAttribute("user")).isEqualTo(new Value.Text("deploy"));
    assertThat(key.afterAttribute("create_date"))
        .isEqualTo(new Value.Unknown("known only after apply"));
    assertThat(key.referencesOf("user").reaches(plan.changes().get(0).address())).isTrue();
    assertThat(key.before()).isEqualTo(Value.Null.INSTANCE);
  }

  @Test
  void readsFromAStreamAndCountsActionsOfEveryManagedResource() throws Exception {
    String plan =
        """
        {"format_version":"1.2","resource_changes":[
          {"address":"aws_s3_bucket.a","mode":"managed","type":"aws_s3_bucket","name":"a","change":{"actions":["no-op"],"before":{},"after":{}}},
          {"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","change":{"actions":["delete","create"],"before":{},"after":{}}},
          {"address":"aws_iam_user.c","mode":"managed","type":"aws_iam_user","name":"c","change":{"actions":["forget"],"before":{"name":"c"},"after":null}},
          {"address":"data.aws_iam_user.d","mode":"data","type":"aws_iam_user","name":"d","change":{"actions":["read"],"before":null,"after":{}}}
        ]}
        """;
    ChangeSet read =
        new PlanReader(() -> Set.of("aws_iam_user"))
            .read(new ByteArrayInputStream(plan.getBytes(StandardCharsets.UTF_8)), "-");

    assertThat(read.actionCounts())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(Actions.NO_OP, 1, Actions.DELETE_THEN_CREATE, 1, Actions.FORGET, 1));
    assertThat(read.changes())
        .extracting(c -> c.address() + " " + c.actions())
        .containsExactly("aws_iam_user.c FORGET", "data.aws_iam_user.d READ");
    assertThat(read.notices())
        .extracting(d -> d.message())
        .containsExactly(
            "the plan has no configuration section (a sanitized plan?), so resources are linked by known values only");
  }

  @Test
  void findsOrganizationMarkersInDataSourcesReadWhilePlanning() throws Exception {
    ChangeSet plan = Fixtures.read("testdata/rules/IG101/fail.json");

    assertThat(plan.organizationMarkers())
        .containsExactly(
            "aws_organizations_policy.deny_iam_users",
            "aws_organizations_policy_attachment.deny_iam_users_root",
            "data.aws_ssoadmin_instances.this");
  }
}
