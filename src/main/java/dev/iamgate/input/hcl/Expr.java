package dev.iamgate.input.hcl;

import dev.iamgate.model.Value;
import java.util.List;

/**
 * An HCL expression as iamgate models it: the whole native expression syntax, so that any attribute
 * parses (validating the file), and evaluation can go as far as static knowledge allows. Immutable.
 */
sealed interface Expr {
  /** A number, bool or null literal. */
  record Literal(Value value) implements Expr {}

  /** A quoted string or heredoc: literal text and interpolations; directives make it dynamic. */
  record Template(List<Expr> parts, boolean directives) implements Expr {
    public Template {
      parts = List.copyOf(parts);
    }
  }

  /** {@code [a, b]}. */
  record Tuple(List<Expr> items) implements Expr {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** {@code { key = value }}: keys are expressions; a bare name is a literal key. */
  record ObjectCons(List<Item> items) implements Expr {
    public ObjectCons {
      items = List.copyOf(items);
    }
  }

  /** One {@code key = value} of an object. */
  record Item(Expr key, Expr value) {}

  /** A reference such as {@code var.x}, {@code aws_iam_user.u[0].arn} or {@code local.m["k"]}. */
  record Traversal(String root, List<Step> steps) implements Expr {
    public Traversal {
      steps = List.copyOf(steps);
    }
  }

  /** Steps applied to another expression: {@code tolist(x)[0]}, {@code (a).b}. */
  record Relative(Expr source, List<Step> steps) implements Expr {
    public Relative {
      steps = List.copyOf(steps);
    }
  }

  /** {@code name(args...)}, with {@code ...} expanding the last argument. */
  record Call(String name, List<Expr> arguments, boolean expandLast) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code !x}, {@code -x}. */
  record Unary(String operator, Expr operand) implements Expr {}

  /** {@code a + b}, {@code a == b}, {@code a && b}... */
  record Binary(String operator, Expr left, Expr right) implements Expr {}

  /** {@code condition ? yes : no}. */
  record Conditional(Expr condition, Expr yes, Expr no) implements Expr {}

  /**
   * {@code [for v in c : e if p]} or {@code {for k, v in c : ke => ve... if p}}.
   *
   * @param key the key variable, or null
   * @param value the value variable
   * @param keyResult for an object, the key expression; null for a tuple
   */
  record For(
      String key, String value, Expr collection, Expr keyResult, Expr valueResult, Expr condition)
      implements Expr {}

  /** One step of a traversal. */
  sealed interface Step {}

  /** {@code .name}. */
  record GetAttr(String name) implements Step {}

  /** {@code [expression]}, also the legacy {@code .0}. */
  record Index(Expr key) implements Step {}

  /** {@code [*]} or {@code .*}. */
  record Splat() implements Step {}
}
