package dev.iamgate.rules;

import dev.iamgate.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a policy document denies a set of actions on all resources, by IAM semantics: {@code
 * Effect}; {@code Action} or {@code NotAction} (a Deny with NotAction denies every action it does
 * not list); {@code Resource} or {@code NotResource}; wildcards matched case-insensitively for
 * actions; a {@code Condition} narrows a deny, so it only counts as a warning.
 */
final class Denial {
  /**
   * ARNs of the resources that IAM user and access key creation act on, across partitions and
   * paths. A Resource list covers "all resources" when it matches every one of them.
   */
  private static final List<String> PROBES =
      List.of(
          "arn:aws:iam::111122223333:user/probe",
          "arn:aws:iam::111122223333:user/division/team/probe",
          "arn:aws-cn:iam::111122223333:user/probe",
          "arn:aws-us-gov:iam::444455556666:user/probe");

  /** From worst to best, for one action. */
  enum Level {
    NOT_DENIED,
    CONDITIONAL,
    UNKNOWN,
    DENIED
  }

  /**
   * How a document treats the actions.
   *
   * @param level the verdict
   * @param detail why, completing "the policy ...": e.g. {@code does not deny iam:CreateAccessKey}
   */
  record Result(Level level, String detail) {}

  private Denial() {}

  /** The verdict for all {@code actions} together: each must be denied. */
  static Result of(PolicyDocument document, List<String> actions) {
    List<Result> perAction = new ArrayList<>();
    for (String action : actions) {
      perAction.add(ofAction(document, action));
    }
    for (Level level : List.of(Level.NOT_DENIED, Level.UNKNOWN, Level.CONDITIONAL)) {
      Set<String> details = new LinkedHashSet<>();
      perAction.stream().filter(r -> r.level() == level).forEach(r -> details.add(r.detail()));
      if (!details.isEmpty()) {
        return new Result(level, String.join(", ", details));
      }
    }
    return new Result(
        Level.DENIED, "denies " + String.join(" and ", actions) + " on all resources");
  }

  /**
   * The best verdict any statement gives; a statement that does not concern the action says
   * nothing.
   */
  private static Result ofAction(PolicyDocument document, String action) {
    Result best = null;
    int index = 0;
    for (Value statement : document.statements()) {
      index++;
      Result result = ofStatement(statement, action, index);
      if (result != null && (best == null || result.level().compareTo(best.level()) > 0)) {
        best = result;
      }
    }
    return best != null ? best : new Result(Level.NOT_DENIED, "does not deny " + action);
  }

  private static Result ofStatement(Value value, String action, int index) {
    Value statement = value.unwrap();
    String name = "statement " + index;
    if (statement instanceof Value.Unknown unknown) {
      return new Result(Level.UNKNOWN, name + " is " + unknown.reason());
    }
    if (!(statement instanceof Value.ObjectValue object)) {
      return null;
    }
    name = describe(object, index);
    Value effect = object.get("Effect").unwrap();
    if (effect instanceof Value.Unknown unknown) {
      return new Result(Level.UNKNOWN, "the Effect of " + name + " is " + unknown.reason());
    }
    if (!"Deny".equals(effect.textOrNull())) {
      return null;
    }
    Level actionMatch = matchesAction(object, action);
    if (actionMatch == Level.NOT_DENIED) {
      return null;
    }
    if (actionMatch == Level.UNKNOWN) {
      return new Result(
          Level.UNKNOWN, "the actions of " + name + " are not all known before apply");
    }
    Level resources = coversAllResources(object);
    if (resources != Level.DENIED) {
      return resources == Level.UNKNOWN
          ? new Result(
              Level.UNKNOWN, "the resources of " + name + " are not all known before apply")
          : new Result(
              Level.NOT_DENIED, "denies " + action + " only on some resources (" + name + ")");
    }
    Value condition = object.get("Condition").unwrap();
    if (!condition.hasContent() && !(condition instanceof Value.Unknown)) {
      return new Result(Level.DENIED, "denies " + action);
    }
    return new Result(
        Level.CONDITIONAL,
        "denies "
            + action
            + " only under the condition "
            + conditionText(condition)
            + " ("
            + name
            + ")");
  }

  private static String describe(Value.ObjectValue statement, int index) {
    String sid = statement.get("Sid").textOrNull();
    return sid == null || sid.isEmpty() ? "statement " + index : "statement \"" + sid + "\"";
  }

  /** DENIED when the statement's action list covers {@code action}, UNKNOWN when it cannot tell. */
  private static Level matchesAction(Value.ObjectValue statement, String action) {
    boolean negated = !(statement.get("NotAction") instanceof Value.Null);
    Level listed = anyMatches(statement.get(negated ? "NotAction" : "Action"), action, true);
    if (listed == Level.UNKNOWN) {
      return Level.UNKNOWN;
    }
    boolean matched = listed == Level.DENIED;
    return matched != negated ? Level.DENIED : Level.NOT_DENIED;
  }

  private static Level coversAllResources(Value.ObjectValue statement) {
    boolean negated = !(statement.get("NotResource") instanceof Value.Null);
    Value patterns = statement.get(negated ? "NotResource" : "Resource");
    Level verdict = Level.DENIED;
    for (String probe : PROBES) {
      Level listed = anyMatches(patterns, probe, false);
      if (listed == Level.UNKNOWN) {
        verdict = Level.UNKNOWN;
      } else if ((listed == Level.DENIED) == negated) {
        return Level.NOT_DENIED;
      }
    }
    return verdict;
  }

  /** DENIED when some pattern matches, UNKNOWN when none does but some are unknown. */
  private static Level anyMatches(Value patterns, String text, boolean ignoreCase) {
    Value value = patterns.unwrap();
    List<Value> items = value instanceof Value.ListValue list ? list.items() : List.of(value);
    boolean unknown = false;
    for (Value item : items) {
      Value pattern = item.unwrap();
      if (pattern instanceof Value.Unknown) {
        unknown = true;
      } else if (pattern instanceof Value.Text glob
          && (ignoreCase
              ? Glob.matchesIgnoringCase(glob.value(), text)
              : Glob.matches(glob.value(), text))) {
        return Level.DENIED;
      }
    }
    return unknown ? Level.UNKNOWN : Level.NOT_DENIED;
  }

  private static String conditionText(Value condition) {
    if (!(condition instanceof Value.ObjectValue operators)) {
      return "known only after apply";
    }
    List<String> parts = new ArrayList<>();
    operators
        .fields()
        .forEach(
            (operator, keys) -> {
              if (keys.unwrap() instanceof Value.ObjectValue byKey) {
                byKey.fields().keySet().forEach(key -> parts.add(operator + " " + key));
              } else {
                parts.add(operator);
              }
            });
    return String.join(", ", parts);
  }

  /** Whether the document allows every action on every resource ({@code "*"} on {@code "*"}). */
  static boolean allowsEverything(PolicyDocument document) {
    for (Value value : document.statements()) {
      if (value.unwrap() instanceof Value.ObjectValue statement
          && "Allow".equals(statement.get("Effect").textOrNull())
          && statement.get("NotAction") instanceof Value.Null
          && statement.get("NotResource") instanceof Value.Null
          && listsWildcard(statement.get("Action"))
          && listsWildcard(statement.get("Resource"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean listsWildcard(Value patterns) {
    Value value = patterns.unwrap();
    List<Value> items = value instanceof Value.ListValue list ? list.items() : List.of(value);
    return items.stream().map(Value::textOrNull).anyMatch(t -> "*".equals(t) || "*:*".equals(t));
  }
}
