package dev.iamgate.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An attribute value as the rules see it: JSON-like data where a leaf may also be {@link Unknown}
 * (decided only at apply time, or not resolvable statically) or wrapped in {@link Secret}
 * (sensitive: never printed). Immutable; maps keep their source order.
 */
public sealed interface Value {
  /** A string, e.g. {@code "PT8H"}. */
  record Text(String value) implements Value {}

  /** A number, kept exact. */
  record Decimal(BigDecimal value) implements Value {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Value {}

  /**
   * The JSON {@code null}, and the value of any attribute that is not set; use {@link #INSTANCE}.
   */
  record Null() implements Value {
    public static final Null INSTANCE = new Null();
  }

  /** A list, set or tuple. */
  record ListValue(List<Value> items) implements Value {
    public ListValue {
      items = List.copyOf(items);
    }
  }

  /** An object or map. */
  record ObjectValue(Map<String, Value> fields) implements Value {
    public ObjectValue {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** The value of {@code name}, or {@link Null#INSTANCE} when absent. */
    public Value get(String name) {
      return fields.getOrDefault(name, Null.INSTANCE);
    }
  }

  /**
   * A value that cannot be known now.
   *
   * @param reason why, in words that complete "the value is ...", e.g. {@code "known only after
   *     apply"}
   */
  record Unknown(String reason) implements Value {}

  /** A sensitive value: rules may read it, reports never print it. */
  record Secret(Value value) implements Value {}

  /**
   * The value with any {@link Secret} wrapper removed; rules decide on it, reports must not print
   * it.
   */
  default Value unwrap() {
    return this instanceof Secret secret ? secret.value().unwrap() : this;
  }

  /** Whether this value, or anything inside it, is unknown. */
  default boolean containsUnknown() {
    Value value = unwrap();
    if (value instanceof Unknown) {
      return true;
    }
    if (value instanceof ListValue list) {
      return list.items().stream().anyMatch(Value::containsUnknown);
    }
    if (value instanceof ObjectValue object) {
      return object.fields().values().stream().anyMatch(Value::containsUnknown);
    }
    return false;
  }

  /**
   * Whether this value says something: a non-empty string, a number, a boolean, a list with an
   * element that has content, or a non-empty object. {@code [""]} and {@code []} have none.
   */
  default boolean hasContent() {
    Value value = unwrap();
    if (value instanceof Text text) {
      return !text.value().isEmpty();
    }
    if (value instanceof Decimal || value instanceof Bool) {
      return true;
    }
    if (value instanceof ListValue list) {
      return list.items().stream().anyMatch(Value::hasContent);
    }
    if (value instanceof ObjectValue object) {
      return !object.fields().isEmpty();
    }
    return false;
  }

  /** The string if this is known text, else null. */
  default String textOrNull() {
    return unwrap() instanceof Text text ? text.value() : null;
  }

  /**
   * Short text for a report: the string itself, {@code (sensitive)} for secrets and {@code (known
   * after apply)} for unknowns. Never reveals a secret.
   */
  default String display() {
    if (this instanceof Secret) {
      return "(sensitive)";
    }
    if (this instanceof Unknown) {
      return "(unknown)";
    }
    if (this instanceof Text text) {
      return text.value();
    }
    if (this instanceof Decimal number) {
      return number.value().toPlainString();
    }
    if (this instanceof Bool bool) {
      return Boolean.toString(bool.value());
    }
    if (this instanceof Null) {
      return "null";
    }
    return this instanceof ListValue ? "(list)" : "(object)";
  }
}
