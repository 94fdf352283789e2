package dev.iamgate.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iamgate.rules.Check;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns a rule's {@code kind} and {@code parameters} into the check of that kind. Reads the tree
 * directly: the schema has already fixed its shape, and binding through reflection would cost
 * start-up time on every run.
 */
final class CheckFactory {
  private CheckFactory() {}

  /**
   * @throws IllegalArgumentException when the parameters do not fit the kind
   */
  static Check create(String kind, JsonNode parameters) {
    return switch (kind) {
      case "forbid-resource" -> forbidResource(parameters);
      case "require-resource" -> Check.requireResource(parameters.path("type").asText());
      case "require-link" -> requireLink(parameters);
      case "session-duration-limit" -> sessionDurationLimit(parameters);
      case "require-scp-deny" -> Check.requireScpDeny(strings(parameters.path("actions")));
      case "require-scp-attachment" ->
          Check.requireScpAttachment(strings(parameters.path("actions")));
      case "guardrail-removal" ->
          Check.guardrailRemoval(
              new LinkedHashSet<>(strings(parameters.path("types"))),
              strings(parameters.path("scpActions")));
      case "unverifiable" -> Check.unverifiable();
      case "invalid-suppression" -> Check.invalidSuppression();
      default -> throw new IllegalArgumentException("unknown kind \"" + kind + "\"");
    };
  }

  private static Check forbidResource(JsonNode parameters) {
    List<String> types = strings(parameters.path("types"));
    Map<String, Check.AttributeCondition> where = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : parameters.path("where").properties()) {
      if (!types.contains(entry.getKey())) {
        throw new IllegalArgumentException(
            "where names \"" + entry.getKey() + "\", which is not among the types");
      }
      JsonNode condition = entry.getValue();
      String equals = condition.has("equals") ? condition.get("equals").asText() : null;
      where.put(
          entry.getKey(),
          new Check.AttributeCondition(condition.path("attribute").asText(), equals));
    }
    Check.On on =
        "end-state".equals(parameters.path("on").asText())
            ? Check.On.END_STATE
            : Check.On.ADDITIONS;
    return Check.forbidResource(
        new LinkedHashSet<>(types), on, where, parameters.path("listExisting").asBoolean(false));
  }

  private static Check requireLink(JsonNode parameters) {
    List<Check.Link> referrers = new ArrayList<>();
    parameters.path("referrers").forEach(referrer -> referrers.add(link(referrer)));
    return Check.requireLink(
        link(parameters.path("subject")),
        referrers,
        parameters.path("requireReferrers").asBoolean());
  }

  private static Check.Link link(JsonNode link) {
    return new Check.Link(link.path("type").asText(), link.path("attribute").asText());
  }

  private static Check sessionDurationLimit(JsonNode parameters) {
    Duration max = duration(parameters.path("max").asText());
    Duration privilegedMax = duration(parameters.path("privilegedMax").asText());
    if (privilegedMax.compareTo(max) > 0) {
      throw new IllegalArgumentException("privilegedMax " + privilegedMax + " is above max " + max);
    }
    return Check.sessionDurationLimit(
        max, privilegedMax, strings(parameters.path("privilegedManagedPolicies")));
  }

  private static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not an ISO-8601 duration such as PT8H", e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asText()));
    return strings;
  }
}
