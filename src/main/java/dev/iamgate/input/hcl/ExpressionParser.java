package dev.iamgate.input.hcl;

import dev.iamgate.input.hcl.Token.Kind;
import dev.iamgate.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the tokens of one HCL expression into an {@link Expr}, by precedence climbing over the
 * native syntax's operators. Newlines inside brackets are insignificant, except that they separate
 * object items. Refuses anything that is not a whole expression with a {@link HclSyntaxException}.
 */
final class ExpressionParser {
  private static final Map<String, Integer> PRECEDENCE =
      Map.ofEntries(
          Map.entry("||", 1),
          Map.entry("&&", 2),
          Map.entry("==", 3),
          Map.entry("!=", 3),
          Map.entry("<", 4),
          Map.entry(">", 4),
          Map.entry("<=", 4),
          Map.entry(">=", 4),
          Map.entry("+", 5),
          Map.entry("-", 5),
          Map.entry("*", 6),
          Map.entry("/", 6),
          Map.entry("%", 6));

  private static final Set<String> KEYWORDS = Set.of("true", "false", "null");
  private static final int MAX_DEPTH = 200;

  private final List<Token> tokens;

  /** The brackets the parser is inside: newlines separate object items but not tuple items. */
  private final java.util.ArrayDeque<Kind> brackets = new java.util.ArrayDeque<>();

  private int index;
  private int depth;

  private ExpressionParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses all of {@code tokens} (without a trailing newline) as one expression. */
  static Expr parse(List<Token> tokens, int endOffset) throws HclSyntaxException {
    List<Token> terminated = new ArrayList<>(tokens);
    terminated.add(new Token(Kind.EOF, "", 0, 0, endOffset, endOffset, List.of()));
    ExpressionParser parser = new ExpressionParser(terminated);
    Expr expr = parser.expression();
    parser.skipNewlines();
    if (!parser.peek().is(Kind.EOF)) {
      throw parser.unexpected("the end of the expression");
    }
    return expr;
  }

  private Expr expression() throws HclSyntaxException {
    if (++depth > MAX_DEPTH) {
      throw new HclSyntaxException(
          peek().start(), "expression nested deeper than " + MAX_DEPTH + " levels");
    }
    Expr condition = binary(1);
    Expr result = condition;
    if (continues(Kind.QUESTION)) {
      next();
      Expr yes = expression();
      skipNewlines();
      expect(Kind.COLON, "\":\" of the conditional");
      Expr no = expression();
      result = new Expr.Conditional(condition, yes, no);
    }
    depth--;
    return result;
  }

  private Expr binary(int minimum) throws HclSyntaxException {
    Expr left = unary();
    while (true) {
      continues(Kind.OPERATOR);
      Token operator = peek();
      Integer precedence = operator.is(Kind.OPERATOR) ? PRECEDENCE.get(operator.text()) : null;
      if (precedence == null || precedence < minimum) {
        return left;
      }
      next();
      Expr right = binary(precedence + 1);
      left = new Expr.Binary(operator.text(), left, right);
    }
  }

  private Expr unary() throws HclSyntaxException {
    skipNewlines();
    if (peek().isOperator("!") || peek().isOperator("-")) {
      String operator = next().text();
      return new Expr.Unary(operator, unary());
    }
    return postfix(primary());
  }

  private Expr postfix(Expr term) throws HclSyntaxException {
    List<Expr.Step> steps = new ArrayList<>();
    while (true) {
      continues(Kind.DOT, Kind.LBRACK);
      Token token = peek();
      if (token.is(Kind.DOT)) {
        next();
        steps.add(attributeStep());
      } else if (token.is(Kind.LBRACK)) {
        next();
        skipNewlines();
        if (peek().isOperator("*")) {
          next();
          skipNewlines();
          expect(Kind.RBRACK, "\"]\" after \"[*\"");
          steps.add(new Expr.Splat());
        } else {
          Expr key = expression();
          skipNewlines();
          expect(Kind.RBRACK, "\"]\" to close the index");
          steps.add(new Expr.Index(key));
        }
      } else {
        break;
      }
    }
    if (steps.isEmpty()) {
      return term;
    }
    if (term instanceof Expr.Traversal traversal) {
      List<Expr.Step> all = new ArrayList<>(traversal.steps());
      all.addAll(steps);
      return new Expr.Traversal(traversal.root(), all);
    }
    return new Expr.Relative(term, steps);
  }

  private Expr.Step attributeStep() throws HclSyntaxException {
    Token token = next();
    if (token.is(Kind.IDENT)) {
      return new Expr.GetAttr(token.text());
    }
    if (token.isOperator("*")) {
      return new Expr.Splat();
    }
    if (token.is(Kind.NUMBER) && token.text().chars().allMatch(Character::isDigit)) {
      return new Expr.Index(new Expr.Literal(new Value.Decimal(new BigDecimal(token.text()))));
    }
    throw new HclSyntaxException(
        token.start(), "expected an attribute name after \".\", found " + describe(token));
  }

  private Expr primary() throws HclSyntaxException {
    Token token = next();
    return switch (token.kind()) {
      case NUMBER -> new Expr.Literal(new Value.Decimal(new BigDecimal(token.text())));
      case TEMPLATE, HEREDOC -> template(token);
      case LBRACK -> tuple();
      case LBRACE -> object();
      case LPAREN -> parenthesised();
      case IDENT -> identifier(token);
      default ->
          throw new HclSyntaxException(
              token.start(), "expected an expression, found " + describe(token));
    };
  }

  private Expr parenthesised() throws HclSyntaxException {
    brackets.push(Kind.LPAREN);
    Expr inner = expression();
    skipNewlines();
    expect(Kind.RPAREN, "\")\"");
    brackets.pop();
    return inner;
  }

  private Expr identifier(Token token) throws HclSyntaxException {
    String name = token.text();
    if (KEYWORDS.contains(name) && !peek().is(Kind.LPAREN)) {
      return new Expr.Literal(
          switch (name) {
            case "true" -> new Value.Bool(true);
            case "false" -> new Value.Bool(false);
            default -> Value.Null.INSTANCE;
          });
    }
    if (peek().is(Kind.COLON) && peekAt(1).is(Kind.COLON)) {
      name = providerFunction(name);
    }
    if (peek().is(Kind.LPAREN)) {
      next();
      return call(name);
    }
    return new Expr.Traversal(name, List.of());
  }

  /** {@code provider::aws::arn_parse}: Terraform 1.8 provider functions. */
  private String providerFunction(String first) throws HclSyntaxException {
    StringBuilder name = new StringBuilder(first);
    while (peek().is(Kind.COLON) && peekAt(1).is(Kind.COLON)) {
      next();
      next();
      name.append("::").append(expect(Kind.IDENT, "a function name after \"::\"").text());
    }
    return name.toString();
  }

  private Expr call(String name) throws HclSyntaxException {
    brackets.push(Kind.LPAREN);
    List<Expr> arguments = new ArrayList<>();
    boolean expand = false;
    skipNewlines();
    while (!peek().is(Kind.RPAREN)) {
      arguments.add(expression());
      skipNewlines();
      if (peek().is(Kind.ELLIPSIS)) {
        next();
        expand = true;
        skipNewlines();
      }
      if (!peek().is(Kind.COMMA)) {
        break;
      }
      next();
      skipNewlines();
    }
    expect(Kind.RPAREN, "\")\" to close the call of " + name);
    brackets.pop();
    return new Expr.Call(name, arguments, expand);
  }

  private Expr tuple() throws HclSyntaxException {
    brackets.push(Kind.LBRACK);
    skipNewlines();
    Expr result = isFor() ? forExpression(false) : items();
    brackets.pop();
    return result;
  }

  private Expr items() throws HclSyntaxException {
    List<Expr> items = new ArrayList<>();
    while (!peek().is(Kind.RBRACK)) {
      items.add(expression());
      skipNewlines();
      if (!peek().is(Kind.COMMA)) {
        break;
      }
      next();
      skipNewlines();
    }
    expect(Kind.RBRACK, "\"]\" to close the list");
    return new Expr.Tuple(items);
  }

  private Expr object() throws HclSyntaxException {
    skipNewlines();
    if (isFor()) {
      brackets.push(Kind.LBRACK); // inside a for expression, newlines separate nothing
      Expr result = forExpression(true);
      brackets.pop();
      return result;
    }
    brackets.push(Kind.LBRACE);
    Expr result = objectItems();
    brackets.pop();
    return result;
  }

  private Expr objectItems() throws HclSyntaxException {
    List<Expr.Item> items = new ArrayList<>();
    while (!peek().is(Kind.RBRACE)) {
      Expr key = objectKey();
      if (!peek().is(Kind.EQUALS) && !peek().is(Kind.COLON)) {
        throw unexpected("\"=\" or \":\" after the object key");
      }
      next();
      items.add(new Expr.Item(key, expression()));
      if (peek().is(Kind.COMMA)) {
        next();
      } else if (!peek().is(Kind.NEWLINE) && !peek().is(Kind.RBRACE)) {
        throw unexpected("a comma or a new line between object items");
      }
      skipNewlines();
    }
    expect(Kind.RBRACE, "\"}\" to close the object");
    return new Expr.ObjectCons(items);
  }

  /** A bare name is a literal key; anything else is an expression. */
  private Expr objectKey() throws HclSyntaxException {
    Token token = peek();
    if (token.is(Kind.IDENT) && (peekAt(1).is(Kind.EQUALS) || peekAt(1).is(Kind.COLON))) {
      next();
      return new Expr.Template(List.of(new Expr.Literal(new Value.Text(token.text()))), false);
    }
    return unary();
  }

  private boolean isFor() {
    return peek().is(Kind.IDENT) && peek().text().equals("for") && peekAt(1).is(Kind.IDENT);
  }

  private Expr forExpression(boolean object) throws HclSyntaxException {
    next(); // for
    String first = expect(Kind.IDENT, "a variable name after \"for\"").text();
    String second = null;
    if (peek().is(Kind.COMMA)) {
      next();
      second = expect(Kind.IDENT, "a second variable name").text();
    }
    Token in = expect(Kind.IDENT, "\"in\"");
    if (!in.text().equals("in")) {
      throw new HclSyntaxException(in.start(), "expected \"in\", found " + describe(in));
    }
    Expr collection = expression();
    skipNewlines();
    expect(Kind.COLON, "\":\" in the for expression");
    Expr keyResult = null;
    Expr valueResult = expression();
    skipNewlines();
    if (object) {
      expect(Kind.ARROW, "\"=>\" in the object for expression");
      keyResult = valueResult;
      valueResult = expression();
      skipNewlines();
      if (peek().is(Kind.ELLIPSIS)) {
        next();
        skipNewlines();
      }
    }
    Expr condition = null;
    if (peek().is(Kind.IDENT) && peek().text().equals("if")) {
      next();
      condition = expression();
      skipNewlines();
    }
    expect(
        object ? Kind.RBRACE : Kind.RBRACK,
        object ? "\"}\" to close the for expression" : "\"]\" to close the for expression");
    String key = second == null ? null : first;
    String value = second == null ? first : second;
    return new Expr.For(key, value, collection, keyResult, valueResult, condition);
  }

  private Expr template(Token token) throws HclSyntaxException {
    List<Expr> parts = new ArrayList<>();
    boolean directives = false;
    for (Token.TemplatePart part : token.parts()) {
      if (part instanceof Token.Literal literal) {
        parts.add(new Expr.Literal(new Value.Text(literal.text())));
      } else if (part instanceof Token.Interpolation interpolation) {
        parts.add(parse(interpolation.tokens(), token.end()));
      } else if (part instanceof Token.Directive directive) {
        directives = true;
        validateDirective(directive.tokens(), token);
      }
    }
    return new Expr.Template(parts, directives);
  }

  /** {@code %{ if x }}, {@code %{ for a in b }}, {@code %{ else }} and the end markers. */
  private static void validateDirective(List<Token> tokens, Token template)
      throws HclSyntaxException {
    if (tokens.isEmpty() || !tokens.get(0).is(Kind.IDENT)) {
      throw new HclSyntaxException(
          template.start(), "a template directive must start with if, else, endif, for or endfor");
    }
    String keyword = tokens.get(0).text();
    switch (keyword) {
      case "if" -> parse(tokens.subList(1, tokens.size()), template.end());
      case "for" -> {
        int in = indexOfIn(tokens);
        if (in < 0) {
          throw new HclSyntaxException(tokens.get(0).start(), "a for directive needs \"in\"");
        }
        parse(tokens.subList(in + 1, tokens.size()), template.end());
      }
      case "else", "endif", "endfor" -> {
        // no expression to check
      }
      default ->
          throw new HclSyntaxException(
              tokens.get(0).start(), "unknown template directive \"" + keyword + "\"");
    }
  }

  private static int indexOfIn(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).is(Kind.IDENT) && tokens.get(i).text().equals("in")) {
        return i;
      }
    }
    return -1;
  }

  private void skipNewlines() {
    while (peek().is(Kind.NEWLINE)) {
      index++;
    }
  }

  /**
   * Whether the next token, past any line breaks that do not separate object items, is one of
   * {@code kinds}; if so the line breaks are consumed. Inside an object a line break ends the item.
   */
  private boolean continues(Kind... kinds) {
    int lookahead = index;
    if (brackets.peek() != Kind.LBRACE) {
      while (tokens.get(lookahead).is(Kind.NEWLINE)) {
        lookahead++;
      }
    }
    for (Kind kind : kinds) {
      if (tokens.get(lookahead).is(kind)) {
        index = lookahead;
        return true;
      }
    }
    return false;
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token token = tokens.get(index);
    if (!token.is(Kind.EOF)) {
      index++;
    }
    return token;
  }

  private Token expect(Kind kind, String what) throws HclSyntaxException {
    if (!peek().is(kind)) {
      throw unexpected(what);
    }
    return next();
  }

  private HclSyntaxException unexpected(String expected) {
    Token token = peek();
    return new HclSyntaxException(
        token.start(), "expected " + expected + ", found " + describe(token));
  }

  static String describe(Token token) {
    return switch (token.kind()) {
      case EOF -> "the end of the expression";
      case NEWLINE -> "a line break";
      case TEMPLATE -> "a string";
      case HEREDOC -> "a heredoc";
      default -> "\"" + token.text() + "\"";
    };
  }
}
