package dev.iamgate.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.rules.Check;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a validated rule entry into the check of its kind. */
final class CheckFactory {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CheckFactory() {}

  /**
   * @throws IllegalArgumentException when the parameters do not fit the kind
   */
  static Check create(PolicyDtos.RuleEntry entry) {
    JsonNode parameters = entry.parameters();
    return switch (entry.kind()) {
      case "forbid-resource" -> forbidResource(bind(parameters, PolicyDtos.ForbidResource.class));
      case "require-resource" ->
          Check.requireResource(bind(parameters, PolicyDtos.RequireResource.class).type());
      case "require-link" -> requireLink(bind(parameters, PolicyDtos.RequireLink.class));
      case "session-duration-limit" ->
          sessionDurationLimit(bind(parameters, PolicyDtos.SessionDurationLimit.class));
      case "require-scp-deny" ->
          Check.requireScpDeny(bind(parameters, PolicyDtos.ScpActions.class).actions());
      case "require-scp-attachment" ->
          Check.requireScpAttachment(bind(parameters, PolicyDtos.ScpActions.class).actions());
      case "guardrail-removal" ->
          guardrailRemoval(bind(parameters, PolicyDtos.GuardrailRemoval.class));
      case "unverifiable" -> Check.unverifiable();
      default -> throw new IllegalArgumentException("unknown kind \"" + entry.kind() + "\"");
    };
  }

  private static <T> T bind(JsonNode parameters, Class<T> type) {
    try {
      return JSON.treeToValue(parameters, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  private static Check forbidResource(PolicyDtos.ForbidResource parameters) {
    Map<String, Check.AttributeCondition> where = new LinkedHashMap<>();
    if (parameters.where() != null) {
      parameters
          .where()
          .forEach(
              (type, condition) -> {
                if (!parameters.types().contains(type)) {
                  throw new IllegalArgumentException(
                      "where names \"" + type + "\", which is not among the types");
                }
                where.put(
                    type, new Check.AttributeCondition(condition.attribute(), condition.equals()));
              });
    }
    Check.On on = "end-state".equals(parameters.on()) ? Check.On.END_STATE : Check.On.ADDITIONS;
    return Check.forbidResource(
        new HashSet<>(parameters.types()),
        on,
        where,
        Boolean.TRUE.equals(parameters.listExisting()));
  }

  private static Check requireLink(PolicyDtos.RequireLink parameters) {
    List<Check.Link> referrers = parameters.referrers().stream().map(CheckFactory::link).toList();
    return Check.requireLink(link(parameters.subject()), referrers, parameters.requireReferrers());
  }

  private static Check.Link link(PolicyDtos.Link link) {
    return new Check.Link(link.type(), link.attribute());
  }

  private static Check sessionDurationLimit(PolicyDtos.SessionDurationLimit parameters) {
    Duration max = duration(parameters.max());
    Duration privilegedMax = duration(parameters.privilegedMax());
    if (privilegedMax.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "privilegedMax " + parameters.privilegedMax() + " is above max " + parameters.max());
    }
    return Check.sessionDurationLimit(max, privilegedMax, parameters.privilegedManagedPolicies());
  }

  private static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not an ISO-8601 duration such as PT8H", e);
    }
  }

  private static Check guardrailRemoval(PolicyDtos.GuardrailRemoval parameters) {
    return Check.guardrailRemoval(new HashSet<>(parameters.types()), parameters.scpActions());
  }
}
