package dev.iamgate.input.hcl;

import dev.iamgate.input.hcl.Token.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * iamgate's own reading of a file's structure from its tokens: every block header (the safety net
 * that no block is ever missed, whatever HCL4j makes of it), and every attribute's expression,
 * parsed. Checks the HCL body grammar strictly, so a file HCL4j would accept but Terraform would
 * not is still refused with its line.
 */
final class Outline {
  private static final int MAX_DEPTH = 64;

  /** A block as the outline sees it. */
  record Block(
      String type, List<String> labels, Token header, int open, int close, List<Block> blocks) {
    Block {
      labels = List.copyOf(labels);
      blocks = List.copyOf(blocks);
    }
  }

  /** An attribute: its name token and its parsed expression. */
  record Attribute(Token name, Expr expression, int start, int end) {}

  /** An attribute before its expression is parsed: the expression's tokens and extent. */
  record Span(Token name, List<Token> tokens, int start, int end) {}

  /**
   * A file's structure: its top-level blocks, its top-level attributes and every attribute's span.
   */
  record File(List<Block> blocks, List<Span> topLevel, List<Span> spans) {}

  /**
   * A file's attributes with their expressions parsed, top-level ones apart, all by name offset.
   */
  record Expressions(List<Attribute> topLevel, Map<Integer, Attribute> byOffset) {}

  private final List<Token> tokens;
  private final List<Span> spans = new ArrayList<>();
  private int index;

  private Outline(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * The structure of a file: blocks and attribute spans; expressions are parsed by {@link #parse}.
   */
  static File read(List<Token> tokens) throws HclSyntaxException {
    Outline outline = new Outline(tokens);
    List<Block> blocks = new ArrayList<>();
    List<Span> topLevel = new ArrayList<>();
    outline.body(Kind.EOF, 0, new Contents(blocks, topLevel), 0);
    return new File(blocks, topLevel, List.copyOf(outline.spans));
  }

  /** Parses every attribute expression of {@code file}: the part of validation that takes time. */
  static Expressions parse(File file) throws HclSyntaxException {
    Map<Integer, Attribute> byOffset = new HashMap<>();
    for (Span span : file.spans()) {
      byOffset.put(
          span.name().start(),
          new Attribute(
              span.name(),
              ExpressionParser.parse(span.tokens(), span.end()),
              span.start(),
              span.end()));
    }
    List<Attribute> topLevel = new ArrayList<>();
    file.topLevel().forEach(span -> topLevel.add(byOffset.get(span.name().start())));
    return new Expressions(topLevel, byOffset);
  }

  /**
   * @param opener the offset of the block's header, where an unclosed block is reported
   */
  /** What a body holds: its blocks and its attributes. */
  private record Contents(List<Block> blocks, List<Span> attributes) {}

  private void body(Kind closing, int depth, Contents into, int opener) throws HclSyntaxException {
    if (depth > MAX_DEPTH) {
      throw new HclSyntaxException(
          peek().start(), "blocks nested deeper than " + MAX_DEPTH + " levels");
    }
    while (true) {
      skipNewlines();
      Token token = peek();
      if (token.is(closing)) {
        return;
      }
      if (token.is(Kind.EOF)) {
        throw new HclSyntaxException(opener, "the block that starts here is not closed with \"}\"");
      }
      if (!token.is(Kind.IDENT)) {
        throw new HclSyntaxException(
            token.start(),
            "expected an attribute or a block, found " + ExpressionParser.describe(token));
      }
      index++;
      if (peek().is(Kind.EQUALS)) {
        index++;
        into.attributes().add(attribute(token));
      } else {
        into.blocks().add(block(token, depth));
      }
    }
  }

  private Span attribute(Token name) throws HclSyntaxException {
    int first = index;
    java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
    while (true) {
      Token token = peek();
      if (token.is(Kind.EOF) && !open.isEmpty()) {
        throw new HclSyntaxException(
            open.peek().start(), "this \"" + open.peek().text() + "\" is not closed");
      }
      if (token.is(Kind.EOF)
          || (open.isEmpty() && (token.is(Kind.NEWLINE) || token.is(Kind.RBRACE)))) {
        break;
      }
      if (opens(token)) {
        open.push(token);
      } else if (closes(token)) {
        Token opening = open.poll();
        if (opening == null || !matches(opening, token)) {
          throw new HclSyntaxException(
              token.start(),
              "unexpected "
                  + ExpressionParser.describe(token)
                  + (opening == null
                      ? ""
                      : " where the \""
                          + opening.text()
                          + "\" at line "
                          + opening.line()
                          + " needs closing"));
        }
      }
      index++;
    }
    List<Token> expression = tokens.subList(first, index);
    if (expression.isEmpty()) {
      throw new HclSyntaxException(
          name.start(), "the attribute \"" + name.text() + "\" has no value after \"=\"");
    }
    Span span =
        new Span(
            name,
            expression,
            expression.get(0).start(),
            expression.get(expression.size() - 1).end());
    spans.add(span);
    return span;
  }

  private Block block(Token type, int depth) throws HclSyntaxException {
    List<String> labels = new ArrayList<>();
    while (peek().is(Kind.TEMPLATE) || peek().is(Kind.IDENT)) {
      Token label = tokens.get(index++);
      if (label.is(Kind.TEMPLATE)
          && label.parts().stream().anyMatch(p -> !(p instanceof Token.Literal))) {
        throw new HclSyntaxException(label.start(), "a block label must be a literal string");
      }
      labels.add(label.is(Kind.TEMPLATE) ? literalText(label) : label.text());
    }
    Token open = peek();
    if (!open.is(Kind.LBRACE)) {
      throw new HclSyntaxException(
          open.start(),
          "expected \"=\" or \"{\" after \""
              + type.text()
              + "\", found "
              + ExpressionParser.describe(open));
    }
    index++;
    List<Block> blocks = new ArrayList<>();
    body(Kind.RBRACE, depth + 1, new Contents(blocks, new ArrayList<>()), type.start());
    Token close = tokens.get(index++);
    Token after = peek();
    if (!after.is(Kind.NEWLINE) && !after.is(Kind.EOF) && !after.is(Kind.RBRACE)) {
      throw new HclSyntaxException(
          after.start(), "a block must end its line, found " + ExpressionParser.describe(after));
    }
    return new Block(type.text(), labels, type, open.start(), close.start(), blocks);
  }

  private static String literalText(Token label) {
    StringBuilder text = new StringBuilder();
    label.parts().forEach(part -> text.append(((Token.Literal) part).text()));
    return text.toString();
  }

  private static boolean opens(Token token) {
    return token.is(Kind.LBRACE) || token.is(Kind.LBRACK) || token.is(Kind.LPAREN);
  }

  private static boolean matches(Token opening, Token closing) {
    return (opening.is(Kind.LBRACE) && closing.is(Kind.RBRACE))
        || (opening.is(Kind.LBRACK) && closing.is(Kind.RBRACK))
        || (opening.is(Kind.LPAREN) && closing.is(Kind.RPAREN));
  }

  private static boolean closes(Token token) {
    return token.is(Kind.RBRACE) || token.is(Kind.RBRACK) || token.is(Kind.RPAREN);
  }

  private void skipNewlines() {
    while (peek().is(Kind.NEWLINE)) {
      index++;
    }
  }

  private Token peek() {
    return tokens.get(index);
  }
}
