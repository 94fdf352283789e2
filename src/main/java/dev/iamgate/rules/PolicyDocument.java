package dev.iamgate.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM policy document (the JSON of an SCP, an inline policy, ...), read from a JSON string or
 * from an object built by {@code jsonencode}. Follows the IAM grammar: {@code Statement} as object
 * or list, {@code Action}/{@code NotAction} and {@code Resource}/{@code NotResource} as string or
 * list. Parts that are unknown stay {@link Value.Unknown}, so callers can tell "does not deny" from
 * "cannot tell".
 */
final class PolicyDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Value> statements;

  private PolicyDocument(List<Value> statements) {
    this.statements = statements;
  }

  /**
   * Reads a policy from an attribute value.
   *
   * @throws IllegalArgumentException when the text is not JSON or not a JSON object; the message
   *     says what was found
   */
  static PolicyDocument of(Value value) {
    Value document = value.unwrap();
    if (document instanceof Value.Text text) {
      document = parseJson(text.value());
    }
    if (!(document instanceof Value.ObjectValue object)) {
      throw new IllegalArgumentException("the policy is not a JSON object");
    }
    Value statement = object.get("Statement").unwrap();
    List<Value> statements =
        statement instanceof Value.ListValue list ? list.items() : List.of(statement);
    return new PolicyDocument(statements.stream().filter(s -> !(s instanceof Value.Null)).toList());
  }

  List<Value> statements() {
    return statements;
  }

  private static Value parseJson(String text) {
    try {
      return toValue(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the policy is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")",
          e);
    }
  }

  private static Value toValue(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Value.Null.INSTANCE;
    }
    if (node.isTextual()) {
      return new Value.Text(node.textValue());
    }
    if (node.isBoolean()) {
      return new Value.Bool(node.booleanValue());
    }
    if (node.isNumber()) {
      return new Value.Decimal(new BigDecimal(node.asText()));
    }
    if (node.isArray()) {
      List<Value> items = new ArrayList<>();
      node.forEach(item -> items.add(toValue(item)));
      return new Value.ListValue(items);
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    node.properties().forEach(field -> fields.put(field.getKey(), toValue(field.getValue())));
    return new Value.ObjectValue(fields);
  }
}
