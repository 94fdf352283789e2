package dev.iamgate.model;

/**
 * What one rule is, for people and reports: the single source of its metadata (STYLE §20).
 * Immutable. How it checks lives in the rules package.
 *
 * @param id stable identifier, e.g. {@code IG001}
 * @param name stable kebab-case name, e.g. {@code iam-user-created}
 * @param severity default severity of its findings
 * @param scope which stacks it applies to
 * @param title the requirement in one sentence
 * @param rationale why the requirement exists
 * @param remediation how to fix a finding
 * @param example Terraform that satisfies the rule
 * @param helpUri where to read more
 */
public record Rule(
    RuleId id,
    String name,
    Severity severity,
    Scope scope,
    String title,
    String rationale,
    String remediation,
    String example,
    String helpUri) {

  /** Which stacks a rule applies to. */
  public enum Scope {
    /** Every plan and configuration. */
    ANY,
    /** Only the stack that manages the AWS organization and Identity Center. */
    ORGANIZATION
  }
}
