package dev.iamgate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamgate.model.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IAM policy semantics of the SCP analysis, one statement shape per row. */
class DenialTest {
  private static final List<String> BOTH = List.of("iam:CreateUser", "iam:CreateAccessKey");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          both listed                 | {"Statement":[{"Effect":"Deny","Action":["iam:CreateUser","iam:CreateAccessKey"],"Resource":"*"}]}                     | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          statement as object         | {"Statement":{"Effect":"Deny","Action":"iam:*","Resource":["*"]}}                                                         | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          wildcard any case           | {"Statement":[{"Effect":"Deny","Action":"IAM:create*","Resource":"*"}]}                                                   | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          question mark               | {"Statement":[{"Effect":"Deny","Action":["iam:CreateUse?","iam:CreateAccessKe?"],"Resource":"*"}]}                       | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          star alone                  | {"Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}                                                             | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          two statements              | {"Statement":[{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"},{"Effect":"Deny","Action":"iam:CreateAccessKey","Resource":"*"}]} | DENIED | denies iam:CreateUser and iam:CreateAccessKey on all resources
          not action                  | {"Statement":[{"Effect":"Deny","NotAction":["s3:*","iam:Get*"],"Resource":"*"}]}                                          | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          not action lists one        | {"Statement":[{"Effect":"Deny","NotAction":"iam:CreateAccessKey","Resource":"*"}]}                                        | NOT_DENIED  | does not deny iam:CreateAccessKey
          user arns in every partition| {"Statement":[{"Effect":"Deny","Action":"iam:Create*","Resource":"arn:*:iam::*:user/*"}]}                                 | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          aws partition only          | {"Statement":[{"Effect":"Deny","Action":"iam:Create*","Resource":"arn:aws:iam::*:user/*"}]}                              | NOT_DENIED  | denies iam:CreateUser only on some resources (statement 1), denies iam:CreateAccessKey only on some resources (statement 1)
          not resource star           | {"Statement":[{"Effect":"Deny","Action":"iam:*","NotResource":"*"}]}                                                      | NOT_DENIED  | denies iam:CreateUser only on some resources (statement 1), denies iam:CreateAccessKey only on some resources (statement 1)
          not resource other          | {"Statement":[{"Effect":"Deny","Action":"iam:*","NotResource":"arn:aws:s3:::*"}]}                                        | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          allow                       | {"Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}                                                        | NOT_DENIED  | does not deny iam:CreateUser, does not deny iam:CreateAccessKey
          effect lower case           | {"Statement":[{"Effect":"deny","Action":"iam:*","Resource":"*"}]}                                                         | NOT_DENIED  | does not deny iam:CreateUser, does not deny iam:CreateAccessKey
          only one action             | {"Statement":[{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"}]}                                                | NOT_DENIED  | does not deny iam:CreateAccessKey
          condition                   | {"Statement":[{"Sid":"Guard","Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{"StringNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/Admin"}}}]} | CONDITIONAL | denies iam:CreateUser only under the condition StringNotLike aws:PrincipalArn (statement "Guard"), denies iam:CreateAccessKey only under the condition StringNotLike aws:PrincipalArn (statement "Guard")
          unconditional beats one     | {"Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{"Bool":{"aws:ViaAWSService":"false"}}},{"Effect":"Deny","Action":"iam:*","Resource":"*"}]} | DENIED | denies iam:CreateUser and iam:CreateAccessKey on all resources
          empty condition             | {"Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{}}]}                                          | DENIED      | denies iam:CreateUser and iam:CreateAccessKey on all resources
          no statement                | {"Version":"2012-10-17"}                                                                                                  | NOT_DENIED  | does not deny iam:CreateUser, does not deny iam:CreateAccessKey
          """)
  void judgesPolicyDocuments(String name, String json, Denial.Level level, String detail) {
    Denial.Result result = Denial.of(PolicyDocument.of(new Value.Text(json)), BOTH);

    assertThat(result).isEqualTo(new Denial.Result(level, detail));
  }

  @Test
  void anUnknownResourceLeavesTheVerdictOpenUnlessAnotherStatementDenies() {
    Value unknown = new Value.Unknown("known only after apply");
    Value open = document(denyAll(unknown));
    Value closed = document(denyAll(unknown), denyAll(new Value.Text("*")));

    assertThat(Denial.of(PolicyDocument.of(open), BOTH))
        .isEqualTo(
            new Denial.Result(
                Denial.Level.UNKNOWN,
                "the resources of statement 1 are not all known before apply"));
    assertThat(Denial.of(PolicyDocument.of(closed), BOTH).level()).isEqualTo(Denial.Level.DENIED);
  }

  @Test
  void refusesContentThatIsNotAPolicy() {
    assertThatThrownBy(() -> PolicyDocument.of(new Value.Text("{ not json")))
        .hasMessage("the policy is not valid JSON (line 1, column 3)");
    assertThatThrownBy(() -> PolicyDocument.of(new Value.Text("[1]")))
        .hasMessage("the policy is not a JSON object");
  }

  @Test
  void recognisesAnAllowOfEverything() {
    assertThat(
            Denial.allowsEverything(
                PolicyDocument.of(
                    new Value.Text(
                        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"))))
        .isTrue();
    assertThat(
            Denial.allowsEverything(
                PolicyDocument.of(
                    new Value.Text(
                        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"))))
        .isFalse();
  }

  private static Value denyAll(Value resource) {
    Map<String, Value> statement = new java.util.LinkedHashMap<>();
    statement.put("Effect", new Value.Text("Deny"));
    statement.put("Action", new Value.Text("iam:*"));
    statement.put("Resource", resource);
    return new Value.ObjectValue(statement);
  }

  private static Value document(Value... statements) {
    return new Value.ObjectValue(Map.of("Statement", new Value.ListValue(List.of(statements))));
  }
}
