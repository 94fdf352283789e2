package dev.iamgate.input.hcl;

import dev.iamgate.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@code aws_iam_policy_document} data source renders as {@code .json}, built statically
 * from its {@code statement} blocks (also {@code dynamic "statement"} ones whose {@code for_each}
 * is known), in the JSON policy grammar the rules read: Effect, Action, NotAction, Resource,
 * NotResource and Condition. Documents merged from {@code source_policy_documents} or {@code
 * override_policy_documents} are unknown.
 */
final class PolicyDocuments {
  private PolicyDocuments() {}

  static Value of(HclBlock block, Interpreter interpreter, Frame frame) {
    if (!block.isAnalysed()) {
      return new Value.Unknown(
          "in a policy document iamgate could not fully analyse (" + block.problem() + ")");
    }
    for (String merged :
        List.of(
            "source_policy_documents",
            "override_policy_documents",
            "source_json",
            "override_json")) {
      if (block.attributes().containsKey(merged)) {
        return new Value.Unknown(
            "merged from other documents (" + merged + "), which iamgate does not do");
      }
    }
    Value rendered = interpreter.blockValue(block, frame);
    if (!(rendered instanceof Value.ObjectValue document)) {
      return rendered;
    }
    Value statements = document.get("statement").unwrap();
    if (statements instanceof Value.Unknown unknown) {
      return unknown;
    }
    List<Value> converted = new ArrayList<>();
    if (statements instanceof Value.ListValue list) {
      list.items().forEach(statement -> converted.add(statement(statement)));
    }
    Map<String, Value> policy = new LinkedHashMap<>();
    Value version = document.get("version");
    policy.put("Version", version instanceof Value.Null ? new Value.Text("2012-10-17") : version);
    policy.put("Statement", new Value.ListValue(converted));
    return new Value.ObjectValue(policy);
  }

  private static Value statement(Value value) {
    if (!(value.unwrap() instanceof Value.ObjectValue statement)) {
      return value;
    }
    Map<String, Value> json = new LinkedHashMap<>();
    copy(statement, "sid", json, "Sid");
    Value effect = statement.get("effect");
    json.put("Effect", effect instanceof Value.Null ? new Value.Text("Allow") : effect);
    copy(statement, "actions", json, "Action");
    copy(statement, "not_actions", json, "NotAction");
    copy(statement, "resources", json, "Resource");
    copy(statement, "not_resources", json, "NotResource");
    Value conditions = statement.get("condition");
    if (conditions instanceof Value.Unknown unknown) {
      json.put("Condition", unknown);
    } else if (conditions instanceof Value.ListValue list && !list.items().isEmpty()) {
      json.put("Condition", condition(list));
    }
    return new Value.ObjectValue(json);
  }

  /** {@code condition { test, variable, values }} blocks as {@code {test: {variable: values}}}. */
  private static Value condition(Value.ListValue blocks) {
    Map<String, Map<String, Value>> byTest = new LinkedHashMap<>();
    for (Value block : blocks.items()) {
      if (!(block.unwrap() instanceof Value.ObjectValue condition)) {
        return new Value.Unknown("a condition iamgate cannot read");
      }
      String test = condition.get("test").textOrNull();
      String variable = condition.get("variable").textOrNull();
      if (test == null || variable == null) {
        return new Value.Unknown("a condition whose test or variable is known only after apply");
      }
      byTest
          .computeIfAbsent(test, t -> new LinkedHashMap<>())
          .put(variable, condition.get("values"));
    }
    Map<String, Value> json = new LinkedHashMap<>();
    byTest.forEach((test, variables) -> json.put(test, new Value.ObjectValue(variables)));
    return new Value.ObjectValue(json);
  }

  private static void copy(Value.ObjectValue from, String name, Map<String, Value> to, String as) {
    Value value = from.get(name);
    if (!(value instanceof Value.Null)) {
      to.put(as, value);
    }
  }
}
