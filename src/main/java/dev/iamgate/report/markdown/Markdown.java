package dev.iamgate.report.markdown;

import dev.iamgate.report.Invisible;

/**
 * Makes text from the input inert in GitHub-flavoured Markdown: it renders as the characters it
 * holds, never as markup, HTML, a table cell break, a mention or a new line; and no {@code ##[} or
 * line-leading {@code ::} survives for a GitHub Actions runner that prints it.
 */
final class Markdown {
  private Markdown() {}

  /** ASCII punctuation that can start markup; CommonMark lets any of it be backslash-escaped. */
  private static final String MARKUP = "\\`*_{}[]<>()#+-!|~&";

  /** Prose for a table cell: markup escaped, mentions broken, control characters spelled out. */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c < 0x80 && MARKUP.indexOf(c) >= 0) {
        out.append('\\').append((char) c);
      } else if (c == '@') {
        // A zero-width space after '@' keeps GitHub from notifying whoever is named.
        out.append("@\u200b");
      } else if (Invisible.is(c)) {
        out.append(Invisible.spelled(c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * Code for a table cell: an HTML {@code <code>} element around {@link #text}, rather than a
   * backtick span, in which nothing could be escaped (a {@code ##[} in it would stay whole).
   */
  static String code(String text) {
    return "<code>" + text(text) + "</code>";
  }
}
