package dev.iamgate.input.hcl;

import dev.iamgate.input.hcl.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns HCL native syntax into tokens, strictly: an unterminated string, heredoc, comment or
 * interpolation, an unknown character or nesting deeper than {@link #MAX_DEPTH} is a {@link
 * HclSyntaxException} at its offset. Strings and heredocs become one token each with their template
 * parts tokenised recursively. Comments are kept apart, for suppressions. Linear in the size of the
 * input. Spec: https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md.
 */
final class Lexer {
  /** Deeper nesting of interpolations than this is refused. */
  static final int MAX_DEPTH = 64;

  /** A comment: its text without the markers, and where it starts. */
  record Comment(String text, int start, int end) {}

  private final String text;
  private final List<Comment> comments = new ArrayList<>();
  private final Source source;
  private int position;

  private Lexer(Source source) {
    this.source = source;
    this.text = source.text();
  }

  /** The tokens of a whole file, ending with EOF, and its comments. */
  static Lexed lex(Source source) throws HclSyntaxException {
    Lexer lexer = new Lexer(source);
    int begin = source.text().startsWith("\uFEFF") ? 1 : 0;
    lexer.position = begin;
    List<Token> tokens = lexer.tokens(0, false);
    return new Lexed(tokens, List.copyOf(lexer.comments));
  }

  /** The whole of {@code source} read as a template, as {@code templatefile} reads its file. */
  static Token template(Source source) throws HclSyntaxException {
    Lexer lexer = new Lexer(source);
    List<Token.TemplatePart> parts = lexer.templateOf(source.text(), 0, 0);
    return new Token(Kind.HEREDOC, source.text(), 1, 1, 0, source.text().length(), parts);
  }

  /** A file's tokens and comments. */
  record Lexed(List<Token> tokens, List<Comment> comments) {}

  /**
   * Tokens up to the end of input, or inside an interpolation up to its closing brace (which is
   * consumed, not returned).
   */
  private List<Token> tokens(int depth, boolean interpolation) throws HclSyntaxException {
    if (depth > MAX_DEPTH) {
      throw new HclSyntaxException(
          position, "templates nested deeper than " + MAX_DEPTH + " levels");
    }
    List<Token> tokens = new ArrayList<>();
    int braces = 0;
    while (true) {
      skipSpaceAndComments();
      if (position >= text.length()) {
        if (interpolation) {
          throw new HclSyntaxException(position, "the interpolation is not closed with \"}\"");
        }
        tokens.add(token(Kind.EOF, position, position));
        return tokens;
      }
      char c = text.charAt(position);
      if (interpolation && braces == 0 && (c == '}' || (c == '~' && peek(1) == '}'))) {
        position += c == '~' ? 2 : 1;
        return tokens;
      }
      Token token = next(c, depth);
      braces += token.is(Kind.LBRACE) ? 1 : token.is(Kind.RBRACE) ? -1 : 0;
      tokens.add(token);
    }
  }

  private Token next(char c, int depth) throws HclSyntaxException {
    int start = position;
    if (c == '\n') {
      position++;
      return token(Kind.NEWLINE, start, position);
    }
    if (c == '"') {
      return quoted(depth);
    }
    if (c == '<' && text.startsWith("<<", position) && isHeredocStart()) {
      return heredoc(depth);
    }
    if (isIdentStart(c)) {
      while (position < text.length() && isIdentPart(text.charAt(position))) {
        position++;
      }
      return token(Kind.IDENT, start, position);
    }
    if (Character.isDigit(c)) {
      return number();
    }
    return punctuation(c);
  }

  private Token punctuation(char c) throws HclSyntaxException {
    int start = position;
    char next = peek(1);
    if (c == '.' && next == '.' && peek(2) == '.') {
      position += 3;
      return token(Kind.ELLIPSIS, start, position);
    }
    if (c == '=' && next == '>') {
      position += 2;
      return token(Kind.ARROW, start, position);
    }
    if ((next == '=' && (c == '=' || c == '!' || c == '<' || c == '>'))
        || (c == '&' && next == '&')
        || (c == '|' && next == '|')) {
      position += 2;
      return token(Kind.OPERATOR, start, position);
    }
    position++;
    Kind kind =
        switch (c) {
          case '{' -> Kind.LBRACE;
          case '}' -> Kind.RBRACE;
          case '[' -> Kind.LBRACK;
          case ']' -> Kind.RBRACK;
          case '(' -> Kind.LPAREN;
          case ')' -> Kind.RPAREN;
          case '=' -> Kind.EQUALS;
          case ':' -> Kind.COLON;
          case ',' -> Kind.COMMA;
          case '.' -> Kind.DOT;
          case '?' -> Kind.QUESTION;
          case '+', '-', '*', '/', '%', '<', '>', '!' -> Kind.OPERATOR;
          default -> throw new HclSyntaxException(start, "unexpected character " + describe(c));
        };
    return token(kind, start, position);
  }

  private Token number() {
    int start = position;
    digits();
    if (position + 1 < text.length()
        && text.charAt(position) == '.'
        && Character.isDigit(text.charAt(position + 1))) {
      position++;
      digits();
    }
    if (position < text.length()
        && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
      int mark = position;
      position++;
      if (position < text.length()
          && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
        position++;
      }
      if (position < text.length() && Character.isDigit(text.charAt(position))) {
        digits();
      } else {
        position = mark; // "1e" is the number 1 followed by an identifier
      }
    }
    return token(Kind.NUMBER, start, position);
  }

  private void digits() {
    while (position < text.length() && Character.isDigit(text.charAt(position))) {
      position++;
    }
  }

  /** {@code "..."}: a template on one line, with escapes. */
  private Token quoted(int depth) throws HclSyntaxException {
    int start = position++;
    List<Token.TemplatePart> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (true) {
      if (position >= text.length() || text.charAt(position) == '\n') {
        throw new HclSyntaxException(start, "the string is not closed on its line");
      }
      char c = text.charAt(position);
      if (c == '"') {
        position++;
        flush(literal, parts);
        return new Token(
            Kind.TEMPLATE,
            text.substring(start + 1, position - 1),
            source.line(start),
            source.column(start),
            start,
            position,
            parts);
      }
      if (c == '\\') {
        literal.append(escape());
      } else if ((c != '$' && c != '%') || !templateSequence(literal, parts, depth)) {
        int run = position + 1;
        while (run < text.length() && isPlain(text.charAt(run))) {
          run++;
        }
        literal.append(text, position, run);
        position = run;
      }
    }
  }

  /** A character that needs no attention inside a quoted string. */
  private static boolean isPlain(char c) {
    return c != '"' && c != '\\' && c != '$' && c != '%' && c != '\n';
  }

  /**
   * Handles an interpolation ("${"), a directive ("%{") or their escapes ("$${", "%%{") at the
   * current position; returns whether one was there.
   */
  private boolean templateSequence(StringBuilder literal, List<Token.TemplatePart> parts, int depth)
      throws HclSyntaxException {
    if (text.startsWith("$${", position) || text.startsWith("%%{", position)) {
      literal.append(text.charAt(position)).append('{');
      position += 3;
      return true;
    }
    boolean interpolation = text.startsWith("${", position);
    if (!interpolation && !text.startsWith("%{", position)) {
      return false;
    }
    flush(literal, parts);
    position += 2;
    if (position < text.length() && text.charAt(position) == '~') {
      position++;
    }
    List<Token> tokens = tokens(depth + 1, true);
    parts.add(interpolation ? new Token.Interpolation(tokens) : new Token.Directive(tokens));
    return true;
  }

  private String escape() throws HclSyntaxException {
    int start = position;
    if (position + 1 >= text.length()) {
      throw new HclSyntaxException(start, "the escape sequence is not complete");
    }
    char c = text.charAt(position + 1);
    position += 2;
    return switch (c) {
      case 'n' -> "\n";
      case 'r' -> "\r";
      case 't' -> "\t";
      case '"' -> "\"";
      case '\\' -> "\\";
      case 'u' -> unicode(start, 4);
      case 'U' -> unicode(start, 8);
      default -> throw new HclSyntaxException(start, "unknown escape sequence \\" + c);
    };
  }

  private String unicode(int start, int digits) throws HclSyntaxException {
    if (position + digits > text.length()) {
      throw new HclSyntaxException(start, "the unicode escape is not complete");
    }
    try {
      int code = Integer.parseInt(text.substring(position, position + digits), 16);
      position += digits;
      return new String(Character.toChars(code));
    } catch (IllegalArgumentException e) {
      throw new HclSyntaxException(start, "the unicode escape is not a valid code point");
    }
  }

  private boolean isHeredocStart() {
    int i = position + 2;
    if (i < text.length() && text.charAt(i) == '-') {
      i++;
    }
    return i < text.length() && isIdentStart(text.charAt(i));
  }

  /** {@code <<EOF} or {@code <<-EOF}, to a line holding only the marker. */
  private Token heredoc(int depth) throws HclSyntaxException {
    int start = position;
    position += 2;
    boolean indented = text.charAt(position) == '-';
    position += indented ? 1 : 0;
    int markerStart = position;
    while (position < text.length() && isIdentPart(text.charAt(position))) {
      position++;
    }
    String marker = text.substring(markerStart, position);
    int lineEnd = text.indexOf('\n', position);
    if (lineEnd < 0 || !text.substring(position, lineEnd).strip().isEmpty()) {
      throw new HclSyntaxException(start, "a heredoc marker must end its line");
    }
    int bodyStart = lineEnd + 1;
    int bodyEnd = findHeredocEnd(bodyStart, marker, start);
    String body = text.substring(bodyStart, bodyEnd);
    if (indented) {
      body = dedent(body);
    }
    List<Token.TemplatePart> parts = templateOf(body, bodyStart, depth);
    position = text.indexOf(marker, bodyEnd) + marker.length();
    return new Token(
        Kind.HEREDOC, body, source.line(start), source.column(start), start, position, parts);
  }

  private int findHeredocEnd(int from, String marker, int start) throws HclSyntaxException {
    int lineStart = from;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      if (line.strip().equals(marker)) {
        return lineStart;
      }
      if (lineEnd < 0) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    throw new HclSyntaxException(
        start, "the heredoc is not closed by a line holding \"" + marker + "\"");
  }

  /** {@code <<-}: removes the indentation common to every non-blank line, as Terraform does. */
  private static String dedent(String body) {
    int common = Integer.MAX_VALUE;
    for (String line : body.split("\n", -1)) {
      if (!line.isBlank()) {
        int indent = 0;
        while (indent < line.length()
            && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
          indent++;
        }
        common = Math.min(common, indent);
      }
    }
    if (common == Integer.MAX_VALUE || common == 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (String line : body.split("\n", -1)) {
      out.append(line.length() >= common ? line.substring(common) : line.strip()).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /** The template parts of a heredoc body (no backslash escapes in heredocs). */
  private List<Token.TemplatePart> templateOf(String body, int offset, int depth)
      throws HclSyntaxException {
    if (!body.contains("${") && !body.contains("%{")) {
      return body.isEmpty() ? List.of() : List.of(new Token.Literal(body));
    }
    // Lex the body in place: a sub-lexer over the same source keeps offsets and lines exact.
    Lexer inner = new Lexer(new Source(source.path(), text.substring(0, offset) + body));
    inner.position = offset;
    List<Token.TemplatePart> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (inner.position < inner.text.length()) {
      if (!inner.templateSequence(literal, parts, depth)) {
        literal.append(inner.text.charAt(inner.position++));
      }
    }
    inner.flush(literal, parts);
    comments.addAll(inner.comments);
    return parts;
  }

  private void flush(StringBuilder literal, List<Token.TemplatePart> parts) {
    if (literal.length() > 0) {
      parts.add(new Token.Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  private void skipSpaceAndComments() throws HclSyntaxException {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == ' ' || c == '\t' || c == '\r') {
        position++;
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        int start = position;
        int end = text.indexOf('\n', position);
        position = end < 0 ? text.length() : end;
        comments.add(
            new Comment(text.substring(start + (c == '#' ? 1 : 2), position), start, position));
      } else if (c == '/' && peek(1) == '*') {
        int start = position;
        int end = text.indexOf("*/", position + 2);
        if (end < 0) {
          throw new HclSyntaxException(start, "the comment is not closed with \"*/\"");
        }
        position = end + 2;
        comments.add(new Comment(text.substring(start + 2, end), start, position));
      } else {
        return;
      }
    }
  }

  private char peek(int ahead) {
    return position + ahead < text.length() ? text.charAt(position + ahead) : '\0';
  }

  private Token token(Kind kind, int start, int end) {
    int line = source.line(start);
    int column = start - source.lineStart(line) + 1;
    return new Token(kind, textOf(kind, start, end), line, column, start, end, List.of());
  }

  /** Punctuation has fixed text: sharing it spares a string per token. */
  private String textOf(Kind kind, int start, int end) {
    return switch (kind) {
      case LBRACE -> "{";
      case RBRACE -> "}";
      case LBRACK -> "[";
      case RBRACK -> "]";
      case LPAREN -> "(";
      case RPAREN -> ")";
      case EQUALS -> "=";
      case COMMA -> ",";
      case NEWLINE -> "\n";
      case EOF -> "";
      default -> text.substring(start, end);
    };
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private static String describe(char c) {
    return c < 0x20 || c == 0x7f
        ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c)
        : "\"" + c + "\"";
  }
}
