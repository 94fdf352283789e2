package dev.iamgate.input.hcl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.iamgate.model.Value;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Terraform functions iamgate evaluates statically: those that build or reshape the values the
 * rules read (policy documents, ARNs, names, counts). {@code file} and {@code templatefile} read
 * only files inside the scanned directory. Any other function yields {@link Value.Unknown} naming
 * it.
 */
final class Functions {
  private static final JsonFactory JSON = new JsonFactory();

  /** Files larger than this are not read by file() or templatefile(). */
  private static final long MAX_FILE = 1 << 20;

  private final Path scanRoot;
  private final Path rootModule;
  private Interpreter interpreter;

  /**
   * @param scanRoot the directory being scanned; no file outside it is read
   * @param rootModule the root module's directory, where Terraform resolves relative paths
   */
  Functions(Path scanRoot, Path rootModule) {
    this.scanRoot = scanRoot.toAbsolutePath().normalize();
    this.rootModule = rootModule.toAbsolutePath().normalize();
  }

  void bind(Interpreter owner) {
    this.interpreter = owner;
  }

  Value call(String name, List<Value> arguments, Frame frame, List<Expr> expressions) {
    if (name.equals("try")) {
      return arguments.stream()
          .filter(a -> !a.containsUnknown())
          .findFirst()
          .orElse(
              arguments.isEmpty()
                  ? new Value.Unknown("try() without arguments")
                  : arguments.get(arguments.size() - 1));
    }
    if (name.equals("can")) {
      return arguments.size() == 1 && !arguments.get(0).containsUnknown()
          ? new Value.Bool(true)
          : new Value.Unknown("the result of can() on a value known only after apply");
    }
    if (name.equals("coalesce")) {
      return coalesce(arguments);
    }
    if (name.equals("jsonencode") && arguments.size() == 1) {
      // A document with unknown parts stays an object, so the rules can still read its known parts.
      return arguments.get(0).containsUnknown()
          ? arguments.get(0).unwrap()
          : new Value.Text(json(arguments.get(0)));
    }
    for (Value argument : arguments) {
      if (argument.containsUnknown()) {
        Value unwrapped = argument.unwrap();
        return unwrapped instanceof Value.Unknown unknown
            ? unknown
            : new Value.Unknown("computed by " + name + "() from values known only after apply");
      }
    }
    try {
      Value result = known(name, arguments, frame);
      return result != null
          ? result
          : new Value.Unknown("computed by " + name + "(), which iamgate does not evaluate");
    } catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
      return new Value.Unknown("computed by " + name + "() from arguments it does not accept");
    }
  }

  /**
   * Evaluates a function whose arguments are all known; null when iamgate does not implement it.
   */
  private Value known(String name, List<Value> a, Frame frame) {
    return switch (name) {
      case "tolist", "toset" -> list(a.get(0));
      case "tomap", "tostring", "tonumber", "tobool", "sensitive", "nonsensitive" -> a.get(0);
      case "jsondecode" -> parseJson(text(a.get(0)));
      case "file" -> file(text(a.get(0)));
      case "templatefile" -> templatefile(text(a.get(0)), a.get(1), frame);
      case "lower" -> new Value.Text(text(a.get(0)).toLowerCase(Locale.ROOT));
      case "upper" -> new Value.Text(text(a.get(0)).toUpperCase(Locale.ROOT));
      case "trimspace" -> new Value.Text(text(a.get(0)).strip());
      case "chomp" -> new Value.Text(text(a.get(0)).replaceAll("[\r\n]+$", ""));
      case "replace" -> new Value.Text(text(a.get(0)).replace(text(a.get(1)), text(a.get(2))));
      case "join" -> new Value.Text(String.join(text(a.get(0)), strings(list(a.get(1)))));
      case "split" ->
          new Value.ListValue(
              java.util.Arrays.stream(
                      text(a.get(1)).split(java.util.regex.Pattern.quote(text(a.get(0))), -1))
                  .map(s -> (Value) new Value.Text(s))
                  .toList());
      case "concat" -> concat(a);
      case "merge" -> merge(a);
      case "lookup" -> lookup(a);
      case "element" -> items(a.get(0)).get(number(a.get(1)).intValue() % items(a.get(0)).size());
      case "length" -> new Value.Decimal(BigDecimal.valueOf(length(a.get(0))));
      case "keys" ->
          new Value.ListValue(
              ((Value.ObjectValue) a.get(0).unwrap())
                  .fields().keySet().stream().map(k -> (Value) new Value.Text(k)).toList());
      case "values" ->
          new Value.ListValue(
              new ArrayList<>(((Value.ObjectValue) a.get(0).unwrap()).fields().values()));
      case "contains" -> new Value.Bool(items(a.get(0)).contains(a.get(1).unwrap()));
      case "compact" ->
          new Value.ListValue(
              items(a.get(0)).stream()
                  .filter(v -> !(v.unwrap() instanceof Value.Null) && !"".equals(v.textOrNull()))
                  .toList());
      case "distinct" -> new Value.ListValue(new ArrayList<>(new LinkedHashSet<>(items(a.get(0)))));
      case "flatten" -> new Value.ListValue(flatten(a.get(0)));
      case "one" -> items(a.get(0)).isEmpty() ? Value.Null.INSTANCE : items(a.get(0)).get(0);
      case "format" -> format(a);
      case "max", "min" -> extreme(name, a);
      default -> null;
    };
  }

  private Value coalesce(List<Value> arguments) {
    for (Value argument : arguments) {
      Value value = argument.unwrap();
      if (value instanceof Value.Unknown) {
        return value;
      }
      if (!(value instanceof Value.Null) && !"".equals(value.textOrNull())) {
        return argument;
      }
    }
    return new Value.Unknown("the result of coalesce() with no non-empty argument");
  }

  private Value file(String path) {
    Path file = inside(path);
    if (file == null) {
      return new Value.Unknown(
          "read from a file outside the scanned directory ("
              + path
              + "), which iamgate does not open");
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE) {
        return new Value.Unknown("read from a file iamgate cannot read (" + path + ")");
      }
      return new Value.Text(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Value.Unknown("read from a file iamgate cannot read (" + path + ")");
    }
  }

  private Value templatefile(String path, Value variables, Frame frame) {
    Value text = file(path);
    if (!(text instanceof Value.Text template)
        || !(variables.unwrap() instanceof Value.ObjectValue names)) {
      return text instanceof Value.Unknown
          ? text
          : new Value.Unknown("rendered by templatefile() with variables that are not an object");
    }
    try {
      Source source = new Source(path, template.value());
      Expr expr =
          ExpressionParser.parse(List.of(Lexer.template(source)), template.value().length());
      Frame inner = new Frame(frame.module(), names.fields());
      return interpreter.evaluate(expr, inner);
    } catch (HclSyntaxException e) {
      return new Value.Unknown(
          "rendered from a template that is not valid (" + path + ": " + e.getMessage() + ")");
    }
  }

  /**
   * The file at {@code path} (relative to the root module) when it lies inside the scanned
   * directory.
   */
  private Path inside(String path) {
    Path file = rootModule.resolve(path).normalize();
    return file.startsWith(scanRoot) ? file : null;
  }

  private static Value list(Value value) {
    Value unwrapped = value.unwrap();
    if (unwrapped instanceof Value.ListValue) {
      return unwrapped;
    }
    throw new IllegalArgumentException("not a list");
  }

  private static List<Value> items(Value value) {
    return ((Value.ListValue) value.unwrap()).items();
  }

  private static List<String> strings(Value value) {
    List<String> strings = new ArrayList<>();
    for (Value item : items(value)) {
      strings.add(text(item));
    }
    return strings;
  }

  private static String text(Value value) {
    String text = Operators.text(value);
    if (text == null) {
      throw new IllegalArgumentException("not a string");
    }
    return text;
  }

  private static BigDecimal number(Value value) {
    BigDecimal number = Operators.number(value.unwrap());
    if (number == null) {
      throw new IllegalArgumentException("not a number");
    }
    return number;
  }

  private static int length(Value value) {
    Value unwrapped = value.unwrap();
    if (unwrapped instanceof Value.ListValue list) {
      return list.items().size();
    }
    if (unwrapped instanceof Value.ObjectValue object) {
      return object.fields().size();
    }
    return text(unwrapped).codePointCount(0, text(unwrapped).length());
  }

  private static Value concat(List<Value> arguments) {
    List<Value> all = new ArrayList<>();
    arguments.forEach(argument -> all.addAll(items(argument)));
    return new Value.ListValue(all);
  }

  private static Value merge(List<Value> arguments) {
    Map<String, Value> merged = new LinkedHashMap<>();
    for (Value argument : arguments) {
      Value unwrapped = argument.unwrap();
      if (unwrapped instanceof Value.ObjectValue object) {
        merged.putAll(object.fields());
      } else if (!(unwrapped instanceof Value.Null)) {
        throw new IllegalArgumentException("not an object");
      }
    }
    return new Value.ObjectValue(merged);
  }

  private static Value lookup(List<Value> arguments) {
    Value.ObjectValue map = (Value.ObjectValue) arguments.get(0).unwrap();
    String key = text(arguments.get(1));
    if (map.fields().containsKey(key)) {
      return map.get(key);
    }
    return arguments.size() > 2
        ? arguments.get(2)
        : new Value.Unknown("a key missing from the map (" + key + ")");
  }

  private static List<Value> flatten(Value value) {
    List<Value> flat = new ArrayList<>();
    for (Value item : items(value)) {
      if (item.unwrap() instanceof Value.ListValue) {
        flat.addAll(flatten(item));
      } else {
        flat.add(item);
      }
    }
    return flat;
  }

  /** {@code format} with the verbs {@code %s}, {@code %d}, {@code %v} and {@code %%}. */
  private static Value format(List<Value> arguments) {
    String pattern = text(arguments.get(0));
    StringBuilder out = new StringBuilder();
    int next = 1;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' || i + 1 >= pattern.length()) {
        out.append(c);
        continue;
      }
      char verb = pattern.charAt(++i);
      if (verb == '%') {
        out.append('%');
      } else if (verb == 's' || verb == 'd' || verb == 'v') {
        out.append(text(arguments.get(next++)));
      } else {
        return null;
      }
    }
    return new Value.Text(out.toString());
  }

  private static Value extreme(String name, List<Value> arguments) {
    BigDecimal best = null;
    for (Value argument : arguments) {
      BigDecimal number = number(argument);
      if (best == null
          || (name.equals("max") ? number.compareTo(best) > 0 : number.compareTo(best) < 0)) {
        best = number;
      }
    }
    return best == null ? null : new Value.Decimal(best);
  }

  /** JSON text as {@code jsonencode} writes it: object keys sorted, no spaces. */
  static String json(Value value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      write(value.unwrap(), generator);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void write(Value value, JsonGenerator generator) throws IOException {
    Value unwrapped = value.unwrap();
    if (unwrapped instanceof Value.Text text) {
      generator.writeString(text.value());
    } else if (unwrapped instanceof Value.Decimal number) {
      generator.writeNumber(number.value());
    } else if (unwrapped instanceof Value.Bool bool) {
      generator.writeBoolean(bool.value());
    } else if (unwrapped instanceof Value.ListValue list) {
      generator.writeStartArray();
      for (Value item : list.items()) {
        write(item, generator);
      }
      generator.writeEndArray();
    } else if (unwrapped instanceof Value.ObjectValue object) {
      generator.writeStartObject();
      for (Map.Entry<String, Value> field : new TreeMap<>(object.fields()).entrySet()) {
        generator.writeFieldName(field.getKey());
        write(field.getValue(), generator);
      }
      generator.writeEndObject();
    } else {
      generator.writeNull();
    }
  }

  private static Value parseJson(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      parser.nextToken();
      return read(parser);
    } catch (IOException e) {
      return new Value.Unknown("decoded from text that is not JSON");
    }
  }

  private static Value read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Value> fields = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        fields.put(name, read(parser));
      }
      return new Value.ObjectValue(fields);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Value> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(parser));
      }
      return new Value.ListValue(items);
    }
    return switch (token) {
      case VALUE_STRING -> new Value.Text(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Value.Decimal(parser.getDecimalValue());
      case VALUE_TRUE -> new Value.Bool(true);
      case VALUE_FALSE -> new Value.Bool(false);
      default -> Value.Null.INSTANCE;
    };
  }
}
