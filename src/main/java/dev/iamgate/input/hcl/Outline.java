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

  /** A file: its top-level blocks and attributes, and every attribute expression by name offset. */
  record File(List<Block> blocks, List<Attribute> attributes, Map<Integer, Attribute> byOffset) {}

  private final List<Token> tokens;
  private final Map<Integer, Attribute> byOffset = new HashMap<>();
  private int index;

  private Outline(List<Token> tokens) {
    this.tokens = tokens;
  }

  static File read(List<Token> tokens) throws HclSyntaxException {
    Outline outline = new Outline(tokens);
    List<Block> blocks = new ArrayList<>();
    List<Attribute> attributes = new ArrayList<>();
    outline.body(Kind.EOF, 0, blocks, attributes);
    return new File(blocks, attributes, Map.copyOf(outline.byOffset));
  }

  private void body(Kind closing, int depth, List<Block> blocks, List<Attribute> attributes)
      throws HclSyntaxException {
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
        throw new HclSyntaxException(token.start(), "the block is not closed with \"}\"");
      }
      if (!token.is(Kind.IDENT)) {
        throw new HclSyntaxException(
            token.start(),
            "expected an attribute or a block, found " + ExpressionParser.describe(token));
      }
      index++;
      if (peek().is(Kind.EQUALS)) {
        index++;
        attributes.add(attribute(token));
      } else {
        blocks.add(block(token, depth));
      }
    }
  }

  private Attribute attribute(Token name) throws HclSyntaxException {
    int first = index;
    int depth = 0;
    while (true) {
      Token token = peek();
      if (token.is(Kind.EOF) || (depth == 0 && (token.is(Kind.NEWLINE) || token.is(Kind.RBRACE)))) {
        break;
      }
      depth += opens(token) ? 1 : closes(token) ? -1 : 0;
      if (depth < 0) {
        throw new HclSyntaxException(
            token.start(), "unexpected " + ExpressionParser.describe(token));
      }
      index++;
    }
    List<Token> expression = tokens.subList(first, index);
    if (expression.isEmpty()) {
      throw new HclSyntaxException(
          name.start(), "the attribute \"" + name.text() + "\" has no value after \"=\"");
    }
    int end = expression.get(expression.size() - 1).end();
    Attribute attribute =
        new Attribute(
            name, ExpressionParser.parse(expression, end), expression.get(0).start(), end);
    byOffset.put(name.start(), attribute);
    return attribute;
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
    body(Kind.RBRACE, depth + 1, blocks, new ArrayList<>());
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
