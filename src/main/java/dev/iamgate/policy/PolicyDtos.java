package dev.iamgate.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Jackson bindings of a policy file; bound only after the schema has accepted the document. */
final class PolicyDtos {
  private PolicyDtos() {}

  record PolicyFile(int version, List<RuleEntry> rules) {}

  record RuleEntry(
      String id,
      String name,
      String severity,
      String scope,
      String title,
      String rationale,
      String remediation,
      String example,
      String helpUri,
      String kind,
      JsonNode parameters) {}

  record Condition(String attribute, String equals, Boolean nonEmpty) {}

  record ForbidResource(
      List<String> types, String on, Map<String, Condition> where, Boolean listExisting) {}

  record RequireResource(String type) {}

  record Link(String type, String attribute) {}

  record RequireLink(Link subject, List<Link> referrers, boolean requireReferrers) {}

  record SessionDurationLimit(
      String max, String privilegedMax, List<String> privilegedManagedPolicies) {}

  record ScpActions(List<String> actions) {}

  record GuardrailRemoval(List<String> types, List<String> scpActions) {}
}
