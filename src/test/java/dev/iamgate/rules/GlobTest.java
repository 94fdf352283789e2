package dev.iamgate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "*, anything, true",
    "iam:*, iam:CreateUser, true",
    "iam:Create*, iam:CreateAccessKey, true",
    "iam:Create*, iam:DeleteUser, false",
    "iam:*User, iam:CreateUser, true",
    "iam:*User, iam:CreateUserX, false",
    "a*b*c, aXXbYYc, true",
    "a*b*c, aXXbYY, false",
    "?, a, true",
    "?, '', false",
    "'', '', true",
    "**, x, true"
  })
  void matchesWildcards(String pattern, String text, boolean expected) {
    assertThat(Glob.matches(pattern, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"IAM:createuser, iam:CreateUser", "iam:CREATE*, iam:CreateAccessKey"})
  void matchesActionsIgnoringCase(String pattern, String text) {
    assertThat(Glob.matchesIgnoringCase(pattern, text)).isTrue();
  }

  @org.junit.jupiter.api.Test
  void staysLinearOnHostilePatterns() {
    String pattern = "*a".repeat(2000) + "b";
    String text = "a".repeat(20000);

    assertThat(Glob.matches(pattern, text)).isFalse();
  }
}
