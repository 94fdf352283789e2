package dev.iamgate.input.hcl;

import dev.iamgate.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates expressions as far as static knowledge goes: literals, variables (defaults, tfvars,
 * module arguments), locals, module outputs, templates, operators, conditionals, for expressions,
 * splats, a set of functions, literal attributes of other resources, and {@code
 * aws_iam_policy_document} data sources. Anything else becomes {@link Value.Unknown} with a reason
 * that completes "the value is ...", never a guess. Not thread-safe: one per configuration.
 *
 * <p>This class is long because it is the one place that knows HCL's evaluation rules, one method
 * per expression kind; splitting it would scatter them.
 */
final class Interpreter {
  private static final int MAX_DEPTH = 64;
  private static final Set<String> META =
      Set.of(
          "count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection");

  private final Functions functions;
  private int depth;

  Interpreter(Functions functions) {
    this.functions = functions;
  }

  Value evaluate(Expr expr, Frame frame) {
    if (++depth > MAX_DEPTH) {
      depth--;
      return new Value.Unknown("defined through references nested too deeply to follow");
    }
    try {
      return dispatch(expr, frame);
    } finally {
      depth--;
    }
  }

  private Value dispatch(Expr expr, Frame frame) {
    if (expr instanceof Expr.Literal literal) {
      return literal.value();
    }
    if (expr instanceof Expr.Template template) {
      return template(template, frame);
    }
    if (expr instanceof Expr.Tuple tuple) {
      return new Value.ListValue(
          tuple.items().stream().map(item -> evaluate(item, frame)).toList());
    }
    if (expr instanceof Expr.ObjectCons object) {
      return object(object, frame);
    }
    if (expr instanceof Expr.Traversal traversal) {
      return traversal(traversal, frame);
    }
    if (expr instanceof Expr.Relative relative) {
      return steps(evaluate(relative.source(), frame), relative.steps(), frame);
    }
    if (expr instanceof Expr.Call call) {
      return call(call, frame);
    }
    if (expr instanceof Expr.Unary unary) {
      return Operators.unary(unary.operator(), evaluate(unary.operand(), frame));
    }
    if (expr instanceof Expr.Binary binary) {
      return Operators.binary(
          binary.operator(), evaluate(binary.left(), frame), evaluate(binary.right(), frame));
    }
    if (expr instanceof Expr.Conditional conditional) {
      return conditional(conditional, frame);
    }
    return forExpression((Expr.For) expr, frame);
  }

  private Value template(Expr.Template template, Frame frame) {
    if (template.directives()) {
      return new Value.Unknown(
          "built by a template directive (%{...}), which iamgate does not evaluate");
    }
    if (template.parts().size() == 1) {
      return evaluate(template.parts().get(0), frame); // "${x}" keeps the type of x
    }
    StringBuilder text = new StringBuilder();
    for (Expr part : template.parts()) {
      Value value = evaluate(part, frame).unwrap();
      if (value instanceof Value.Unknown unknown) {
        return unknown;
      }
      String piece = Operators.text(value);
      if (piece == null) {
        return new Value.Unknown("a string built from a value that is not a string");
      }
      text.append(piece);
    }
    return new Value.Text(text.toString());
  }

  private Value object(Expr.ObjectCons object, Frame frame) {
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Expr.Item item : object.items()) {
      Value key = evaluate(item.key(), frame).unwrap();
      String name = Operators.text(key);
      if (name == null) {
        return new Value.Unknown("an object whose keys are known only after apply");
      }
      fields.put(name, evaluate(item.value(), frame));
    }
    return new Value.ObjectValue(fields);
  }

  private Value conditional(Expr.Conditional conditional, Frame frame) {
    Value condition = evaluate(conditional.condition(), frame).unwrap();
    if (condition instanceof Value.Bool bool) {
      return evaluate(bool.value() ? conditional.yes() : conditional.no(), frame);
    }
    Value yes = evaluate(conditional.yes(), frame);
    Value no = evaluate(conditional.no(), frame);
    if (yes.equals(no)) {
      return yes;
    }
    return condition instanceof Value.Unknown unknown
        ? unknown
        : new Value.Unknown("chosen by a condition that is not a bool");
  }

  private Value forExpression(Expr.For forExpr, Frame frame) {
    Value collection = evaluate(forExpr.collection(), frame).unwrap();
    if (collection instanceof Value.Unknown unknown) {
      return unknown;
    }
    List<Map.Entry<Value, Value>> entries = Operators.entries(collection);
    if (entries == null) {
      return new Value.Unknown("a for expression over a value that is not a collection");
    }
    List<Value> items = new ArrayList<>();
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Map.Entry<Value, Value> entry : entries) {
      Frame inner = frame.with(forExpr.value(), entry.getValue());
      if (forExpr.key() != null) {
        inner = inner.with(forExpr.key(), entry.getKey());
      }
      if (forExpr.condition() != null) {
        Value keep = evaluate(forExpr.condition(), inner).unwrap();
        if (!(keep instanceof Value.Bool bool)) {
          return new Value.Unknown("filtered by a condition known only after apply");
        }
        if (!bool.value()) {
          continue;
        }
      }
      if (forExpr.keyResult() == null) {
        items.add(evaluate(forExpr.valueResult(), inner));
      } else {
        String key = Operators.text(evaluate(forExpr.keyResult(), inner).unwrap());
        if (key == null) {
          return new Value.Unknown("an object whose keys are known only after apply");
        }
        fields.put(key, evaluate(forExpr.valueResult(), inner));
      }
    }
    return forExpr.keyResult() == null ? new Value.ListValue(items) : new Value.ObjectValue(fields);
  }

  private Value call(Expr.Call call, Frame frame) {
    List<Value> arguments = new ArrayList<>();
    for (int i = 0; i < call.arguments().size(); i++) {
      Value argument = evaluate(call.arguments().get(i), frame);
      if (call.expandLast() && i == call.arguments().size() - 1) {
        Value list = argument.unwrap();
        if (!(list instanceof Value.ListValue items)) {
          return list instanceof Value.Unknown unknown
              ? unknown
              : new Value.Unknown("an expansion of a value that is not a list");
        }
        arguments.addAll(items.items());
      } else {
        arguments.add(argument);
      }
    }
    return functions.call(call.name(), arguments, frame, call.arguments());
  }

  private Value traversal(Expr.Traversal traversal, Frame frame) {
    String root = traversal.root();
    List<Expr.Step> steps = traversal.steps();
    if (frame.names().containsKey(root)) {
      return steps(frame.names().get(root), steps, frame);
    }
    return switch (root) {
      case "var" ->
          named(steps, (name, rest) -> steps(variable(frame.module(), name), rest, frame));
      case "local" -> named(steps, (name, rest) -> steps(local(frame.module(), name), rest, frame));
      case "path" -> named(steps, (name, rest) -> path(frame.module(), name));
      case "module" ->
          named(steps, (name, rest) -> moduleOutput(frame.module(), name, rest, frame));
      case "data" -> dataSource(traversal, frame);
      case "count", "each", "self" ->
          new Value.Unknown("different for each instance (" + root + ")");
      case "terraform" -> new Value.Unknown("known only when Terraform runs (terraform.workspace)");
      default -> resourceAttribute(traversal, frame);
    };
  }

  /** Calls {@code then} with the name of the first step and the steps after it. */
  private static Value named(
      List<Expr.Step> steps, java.util.function.BiFunction<String, List<Expr.Step>, Value> then) {
    if (steps.isEmpty() || !(steps.get(0) instanceof Expr.GetAttr attribute)) {
      return new Value.Unknown("a reference iamgate cannot read");
    }
    return then.apply(attribute.name(), steps.subList(1, steps.size()));
  }

  Value variable(ModuleInstance module, String name) {
    HclBlock declaration = module.dir.variables.get(name);
    if (module.parent == null && module.tfvars.containsKey(name)) {
      return module.tfvars.get(name);
    }
    if (module.parent != null && module.call.attributes().containsKey(name)) {
      return evaluate(module.call.attributes().get(name).expression(), Frame.of(module.parent));
    }
    if (declaration != null && declaration.attributes().containsKey("default")) {
      return evaluate(declaration.attributes().get("default").expression(), Frame.of(module));
    }
    return new Value.Unknown(
        "not set (var." + name + " has no default and no value iamgate can see)");
  }

  Value local(ModuleInstance module, String name) {
    if (module.localValues.containsKey(name)) {
      return module.localValues.get(name);
    }
    Outline.Attribute attribute = module.dir.locals.get(name);
    if (attribute == null) {
      return new Value.Unknown("not defined (local." + name + ")");
    }
    if (!module.evaluating.add(name)) {
      return new Value.Unknown("defined in a cycle of locals (local." + name + ")");
    }
    Value value = evaluate(attribute.expression(), Frame.of(module));
    module.evaluating.remove(name);
    module.localValues.put(name, value);
    return value;
  }

  /** Paths as Terraform gives them: relative to the root module's directory, where it runs. */
  private static Value path(ModuleInstance module, String name) {
    return switch (name) {
      case "module" -> {
        String relative =
            rootOf(module)
                .dir
                .directory
                .relativize(module.dir.directory)
                .toString()
                .replace('\\', '/');
        yield new Value.Text(relative.isEmpty() ? "." : relative);
      }
      case "root", "cwd" -> new Value.Text(".");
      default -> new Value.Unknown("an unknown path attribute (path." + name + ")");
    };
  }

  private static ModuleInstance rootOf(ModuleInstance module) {
    ModuleInstance root = module;
    while (root.parent != null) {
      root = root.parent;
    }
    return root;
  }

  private Value moduleOutput(
      ModuleInstance module, String call, List<Expr.Step> rest, Frame frame) {
    ModuleInstance child = module.children.get(call);
    List<Expr.Step> steps = rest;
    if (!steps.isEmpty() && steps.get(0) instanceof Expr.Index) {
      steps = steps.subList(1, steps.size()); // module.x["key"].output: one instance stands for all
    }
    if (child == null) {
      String reason = module.unscanned.getOrDefault(call, "not declared");
      return new Value.Unknown("an output of module." + call + ", which is " + reason);
    }
    if (steps.isEmpty() || !(steps.get(0) instanceof Expr.GetAttr output)) {
      return new Value.Unknown("the whole of module." + call);
    }
    HclBlock block = child.dir.outputs.get(output.name());
    if (block == null || !block.attributes().containsKey("value")) {
      return new Value.Unknown("not an output of module." + call + " (" + output.name() + ")");
    }
    Value value = evaluate(block.attributes().get("value").expression(), Frame.of(child));
    return steps(value, steps.subList(1, steps.size()), frame);
  }

  private Value dataSource(Expr.Traversal traversal, Frame frame) {
    List<String> names = Operators.names(traversal.steps(), 2);
    if (names == null) {
      return new Value.Unknown("a reference iamgate cannot read");
    }
    String type = names.get(0);
    String name = names.get(1);
    HclBlock block = frame.module().dir.dataSource(type, name);
    List<Expr.Step> rest = Operators.afterInstance(traversal.steps(), 2);
    if (block != null && type.equals("aws_iam_policy_document")) {
      Value document = PolicyDocuments.of(block, this, Frame.of(frame.module()));
      if (!rest.isEmpty()
          && rest.get(0) instanceof Expr.GetAttr attribute
          && (attribute.name().equals("json") || attribute.name().equals("minified_json"))) {
        return document;
      }
    }
    return new Value.Unknown("read by Terraform (data." + type + "." + name + ")");
  }

  private Value resourceAttribute(Expr.Traversal traversal, Frame frame) {
    List<String> names = Operators.names(traversal.steps(), 1);
    if (names == null) {
      return new Value.Unknown("a reference iamgate cannot read (" + traversal.root() + ")");
    }
    String type = traversal.root();
    String name = names.get(0);
    List<Expr.Step> rest = Operators.afterInstance(traversal.steps(), 1);
    HclBlock block = frame.module().dir.resource(type, name);
    String described = type + "." + name + (rest.isEmpty() ? "" : "." + Operators.describe(rest));
    if (block != null && !rest.isEmpty() && rest.get(0) instanceof Expr.GetAttr attribute) {
      Outline.Attribute literal = block.attributes().get(attribute.name());
      if (literal != null && !META.contains(attribute.name())) {
        Value value = evaluate(literal.expression(), Frame.of(frame.module()));
        if (!value.containsUnknown()) {
          return steps(value, rest.subList(1, rest.size()), frame);
        }
      }
    }
    return new Value.Unknown("known only after apply (" + described + ")");
  }

  /** Applies traversal steps to a value. */
  Value steps(Value start, List<Expr.Step> steps, Frame frame) {
    Value value = start;
    for (int i = 0; i < steps.size(); i++) {
      Value current = value.unwrap();
      if (current instanceof Value.Unknown) {
        return current;
      }
      Expr.Step step = steps.get(i);
      if (step instanceof Expr.Splat) {
        return splat(current, steps.subList(i + 1, steps.size()), frame);
      }
      value =
          step instanceof Expr.GetAttr attribute
              ? Operators.attribute(current, attribute.name())
              : Operators.index(current, evaluate(((Expr.Index) step).key(), frame));
    }
    return value;
  }

  private Value splat(Value value, List<Expr.Step> rest, Frame frame) {
    List<Value> items;
    if (value instanceof Value.ListValue list) {
      items = list.items();
    } else if (value instanceof Value.Null) {
      items = List.of();
    } else {
      items = List.of(value);
    }
    return new Value.ListValue(items.stream().map(item -> steps(item, rest, frame)).toList());
  }

  /**
   * A block's value as Terraform represents it: attributes (meta-arguments left out), nested blocks
   * as lists of objects, {@code dynamic} blocks expanded when their {@code for_each} is known.
   */
  Value blockValue(HclBlock block, Frame frame) {
    if (!block.isAnalysed()) {
      return new Value.Unknown(
          "in a block iamgate could not fully analyse (" + block.problem() + ")");
    }
    Map<String, Value> fields = new LinkedHashMap<>();
    block
        .attributes()
        .forEach(
            (name, attribute) -> {
              if (!META.contains(name)) {
                fields.put(name, evaluate(attribute.expression(), frame));
              }
            });
    for (HclBlock nested : block.blocks()) {
      if (META.contains(nested.type())) {
        continue;
      }
      if (nested.type().equals("dynamic")) {
        expandDynamic(nested, frame, fields);
      } else {
        append(fields, nested.type(), blockValue(nested, frame));
      }
    }
    return new Value.ObjectValue(fields);
  }

  private void expandDynamic(HclBlock dynamic, Frame frame, Map<String, Value> fields) {
    String type = dynamic.label(0);
    Outline.Attribute forEach = dynamic.attributes().get("for_each");
    List<HclBlock> content = dynamic.blocks("content");
    Value collection =
        forEach == null
            ? new Value.Unknown("a dynamic block without for_each")
            : evaluate(forEach.expression(), frame).unwrap();
    List<Map.Entry<Value, Value>> entries =
        collection instanceof Value.Unknown ? null : Operators.entries(collection);
    if (entries == null || content.size() != 1) {
      Value reason =
          collection instanceof Value.Unknown unknown
              ? unknown
              : new Value.Unknown("a dynamic block iamgate cannot expand");
      fields.put(
          type,
          new Value.Unknown(
              "generated by dynamic \""
                  + type
                  + "\" from a collection "
                  + ((Value.Unknown) reason).reason()));
      return;
    }
    String iterator = dynamic.attributes().containsKey("iterator") ? iteratorName(dynamic) : type;
    for (Map.Entry<Value, Value> entry : entries) {
      Map<String, Value> current = new LinkedHashMap<>();
      current.put("key", entry.getKey());
      current.put("value", entry.getValue());
      append(
          fields,
          type,
          blockValue(content.get(0), frame.with(iterator, new Value.ObjectValue(current))));
    }
    fields.putIfAbsent(type, new Value.ListValue(List.of()));
  }

  private static String iteratorName(HclBlock dynamic) {
    Expr expression = dynamic.attributes().get("iterator").expression();
    return expression instanceof Expr.Traversal traversal && traversal.steps().isEmpty()
        ? traversal.root()
        : dynamic.label(0);
  }

  private static void append(Map<String, Value> fields, String name, Value block) {
    Value existing = fields.get(name);
    if (existing instanceof Value.Unknown) {
      return;
    }
    List<Value> items =
        new ArrayList<>(existing instanceof Value.ListValue list ? list.items() : List.of());
    items.add(block);
    fields.put(name, new Value.ListValue(items));
  }

  /** A count or for_each: how many instances, or null when it cannot be told. */
  static BigDecimal instances(Value value) {
    Value unwrapped = value.unwrap();
    if (unwrapped instanceof Value.Decimal number) {
      return number.value();
    }
    if (unwrapped instanceof Value.ListValue list) {
      return BigDecimal.valueOf(list.items().size());
    }
    if (unwrapped instanceof Value.ObjectValue object) {
      return BigDecimal.valueOf(object.fields().size());
    }
    if (unwrapped instanceof Value.Text text) {
      try {
        return new BigDecimal(text.value());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }
}
