package dev.iamgate.input.hcl;

import dev.iamgate.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HCL's operators and value access on {@link Value}s; an unknown operand gives an unknown result.
 */
final class Operators {
  private Operators() {}

  static Value unary(String operator, Value operand) {
    Value value = operand.unwrap();
    if (value instanceof Value.Unknown) {
      return value;
    }
    if (operator.equals("!") && value instanceof Value.Bool bool) {
      return new Value.Bool(!bool.value());
    }
    if (operator.equals("-") && value instanceof Value.Decimal number) {
      return new Value.Decimal(number.value().negate());
    }
    return new Value.Unknown("the result of \"" + operator + "\" on a value of the wrong type");
  }

  static Value binary(String operator, Value leftOperand, Value rightOperand) {
    Value left = leftOperand.unwrap();
    Value right = rightOperand.unwrap();
    if (operator.equals("&&") || operator.equals("||")) {
      return logic(operator, left, right);
    }
    if (left instanceof Value.Unknown) {
      return left;
    }
    if (right instanceof Value.Unknown) {
      return right;
    }
    if (operator.equals("==") || operator.equals("!=")) {
      return new Value.Bool(left.equals(right) == operator.equals("=="));
    }
    BigDecimal a = number(left);
    BigDecimal b = number(right);
    if (a == null || b == null) {
      return new Value.Unknown("the result of \"" + operator + "\" on values that are not numbers");
    }
    return switch (operator) {
      case "+" -> new Value.Decimal(a.add(b));
      case "-" -> new Value.Decimal(a.subtract(b));
      case "*" -> new Value.Decimal(a.multiply(b));
      case "/" ->
          b.signum() == 0
              ? new Value.Unknown("a division by zero")
              : new Value.Decimal(a.divide(b, MathContext.DECIMAL64));
      case "%" ->
          b.signum() == 0
              ? new Value.Unknown("a division by zero")
              : new Value.Decimal(a.remainder(b));
      case "<" -> new Value.Bool(a.compareTo(b) < 0);
      case ">" -> new Value.Bool(a.compareTo(b) > 0);
      case "<=" -> new Value.Bool(a.compareTo(b) <= 0);
      default -> new Value.Bool(a.compareTo(b) >= 0);
    };
  }

  /** {@code &&} and {@code ||}, short-circuiting on a known operand where the result is decided. */
  private static Value logic(String operator, Value left, Value right) {
    boolean and = operator.equals("&&");
    for (Value side : List.of(left, right)) {
      if (side instanceof Value.Bool bool && bool.value() != and) {
        return new Value.Bool(!and);
      }
    }
    if (left instanceof Value.Bool && right instanceof Value.Bool) {
      return new Value.Bool(and);
    }
    return left instanceof Value.Unknown
        ? left
        : right instanceof Value.Unknown
            ? right
            : new Value.Unknown("the result of \"" + operator + "\" on values that are not bools");
  }

  static BigDecimal number(Value value) {
    if (value instanceof Value.Decimal number) {
      return number.value();
    }
    if (value instanceof Value.Text text) {
      try {
        return new BigDecimal(text.value());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  /** A value as template text: strings, numbers and bools; null for anything else. */
  static String text(Value value) {
    Value unwrapped = value.unwrap();
    if (unwrapped instanceof Value.Text text) {
      return text.value();
    }
    if (unwrapped instanceof Value.Decimal number) {
      return number.value().stripTrailingZeros().toPlainString();
    }
    if (unwrapped instanceof Value.Bool bool) {
      return Boolean.toString(bool.value());
    }
    return null;
  }

  /** The (key, value) pairs of a list (keys are indexes) or object; null for other values. */
  static List<Map.Entry<Value, Value>> entries(Value value) {
    List<Map.Entry<Value, Value>> entries = new ArrayList<>();
    if (value instanceof Value.ListValue list) {
      for (int i = 0; i < list.items().size(); i++) {
        Value item = list.items().get(i);
        entries.add(
            new AbstractMap.SimpleImmutableEntry<>(new Value.Decimal(BigDecimal.valueOf(i)), item));
      }
      return entries;
    }
    if (value instanceof Value.ObjectValue object) {
      object
          .fields()
          .forEach(
              (key, item) ->
                  entries.add(new AbstractMap.SimpleImmutableEntry<>(new Value.Text(key), item)));
      return entries;
    }
    return null;
  }

  static Value attribute(Value value, String name) {
    if (value instanceof Value.ObjectValue object) {
      return object.fields().containsKey(name)
          ? object.get(name)
          : new Value.Unknown("not an attribute of the object (" + name + ")");
    }
    return new Value.Unknown("an attribute of a value that is not an object (" + name + ")");
  }

  static Value index(Value value, Value keyValue) {
    Value key = keyValue.unwrap();
    if (key instanceof Value.Unknown) {
      return key;
    }
    if (value instanceof Value.ListValue list) {
      BigDecimal position = number(key);
      if (position == null || position.signum() < 0 || position.intValue() >= list.items().size()) {
        return new Value.Unknown("an element beyond the end of the list");
      }
      return list.items().get(position.intValue());
    }
    if (value instanceof Value.ObjectValue object) {
      String name = text(key);
      return name != null && object.fields().containsKey(name)
          ? object.get(name)
          : new Value.Unknown("not a key of the map (" + name + ")");
    }
    return new Value.Unknown("an element of a value that is not a collection");
  }

  /** The names of the first {@code count} steps when they are all attributes, else null. */
  static List<String> names(List<Expr.Step> steps, int count) {
    if (steps.size() < count) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!(steps.get(i) instanceof Expr.GetAttr attribute)) {
        return null;
      }
      names.add(attribute.name());
    }
    return names;
  }

  /** The steps after the first {@code count} and an instance key that may follow them. */
  static List<Expr.Step> afterInstance(List<Expr.Step> steps, int count) {
    int from = Math.min(count, steps.size());
    if (from < steps.size()
        && (steps.get(from) instanceof Expr.Index || steps.get(from) instanceof Expr.Splat)) {
      from++;
    }
    return steps.subList(from, steps.size());
  }

  /** {@code arn} or {@code tags.Name} for messages. */
  static String describe(List<Expr.Step> steps) {
    List<String> parts = new ArrayList<>();
    for (Expr.Step step : steps) {
      parts.add(step instanceof Expr.GetAttr attribute ? attribute.name() : "[...]");
    }
    return String.join(".", parts);
  }
}
