package dev.iamgate.input.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iamgate.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a plan's value trees into {@link Value}s, merging the parallel {@code after_unknown} and
 * {@code *_sensitive} trees: a {@code true} leaf there makes the value unknown or secret.
 */
final class Values {
  static final String AFTER_APPLY = "known only after apply";

  private Values() {}

  /**
   * @param value the value, e.g. {@code change.after}; null or missing when absent
   * @param unknown the {@code after_unknown} tree at the same place, or null
   * @param sensitive the {@code *_sensitive} tree at the same place, or null
   */
  static Value merge(JsonNode value, JsonNode unknown, JsonNode sensitive) {
    if (isTrue(sensitive)) {
      return new Value.Secret(merge(value, unknown, null));
    }
    if (isTrue(unknown)) {
      return new Value.Unknown(AFTER_APPLY);
    }
    if (isObject(value) || isObject(unknown)) {
      return object(value, unknown, sensitive);
    }
    if (isArray(value) || isArray(unknown)) {
      return list(value, unknown, sensitive);
    }
    return scalar(value);
  }

  private static Value object(JsonNode value, JsonNode unknown, JsonNode sensitive) {
    Set<String> names = new LinkedHashSet<>();
    if (isObject(value)) {
      value.fieldNames().forEachRemaining(names::add);
    }
    if (isObject(unknown)) {
      unknown.fieldNames().forEachRemaining(names::add);
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    for (String name : names) {
      fields.put(name, merge(child(value, name), child(unknown, name), child(sensitive, name)));
    }
    return new Value.ObjectValue(fields);
  }

  private static Value list(JsonNode value, JsonNode unknown, JsonNode sensitive) {
    int size = Math.max(isArray(value) ? value.size() : 0, isArray(unknown) ? unknown.size() : 0);
    List<Value> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(merge(element(value, i), element(unknown, i), element(sensitive, i)));
    }
    return new Value.ListValue(items);
  }

  private static Value scalar(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return Value.Null.INSTANCE;
    }
    if (value.isTextual()) {
      return new Value.Text(value.textValue());
    }
    if (value.isBoolean()) {
      return new Value.Bool(value.booleanValue());
    }
    if (value.isNumber()) {
      return new Value.Decimal(value.decimalValue());
    }
    throw new IllegalStateException("unexpected JSON node " + value.getNodeType());
  }

  private static JsonNode child(JsonNode node, String name) {
    return isObject(node) ? node.get(name) : null;
  }

  private static JsonNode element(JsonNode node, int index) {
    return isArray(node) ? node.get(index) : null;
  }

  private static boolean isTrue(JsonNode node) {
    return node != null && node.isBoolean() && node.booleanValue();
  }

  private static boolean isObject(JsonNode node) {
    return node != null && node.isObject();
  }

  private static boolean isArray(JsonNode node) {
    return node != null && node.isArray();
  }
}
