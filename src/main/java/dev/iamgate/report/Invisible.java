package dev.iamgate.report;

/**
 * Characters that must not reach a report as they are: control characters, line and paragraph
 * separators, and Unicode's default-ignorable code points (zero-width spaces and joiners, bidi
 * overrides, variation selectors, fillers). They can break a line, reorder what a reader sees, or
 * hide between the characters of a workflow command (a runner comparing strings by culture skips
 * them), so writers spell them out as a backslash, {@code u} and four hex digits.
 */
public final class Invisible {
  private Invisible() {}

  /** Whether the code point {@code c} is spelled out rather than written. */
  public static boolean is(int c) {
    return c < 0x20
        || (c >= 0x7f && c < 0xa0)
        || c == '\u00ad'
        || c == '\u034f'
        || c == '\u061c'
        || c == '\u115f'
        || c == '\u1160'
        || c == '\u17b4'
        || c == '\u17b5'
        || (c >= '\u180b' && c <= '\u180f')
        || (c >= '\u200b' && c <= '\u200f')
        || (c >= '\u2028' && c <= '\u202e')
        || (c >= '\u2060' && c <= '\u206f')
        || c == '\u3164'
        || (c >= '\ufe00' && c <= '\ufe0f')
        || c == '\ufeff'
        || c == '\uffa0'
        || (c >= '\ufff0' && c <= '\ufff8')
        || (c >= 0x1bca0 && c <= 0x1bca3)
        || (c >= 0x1d173 && c <= 0x1d17a)
        || (c >= 0xe0000 && c <= 0xe0fff)
        // A lone half of a surrogate pair is no character at all.
        || Character.getType(c) == Character.SURROGATE;
  }

  /**
   * {@code c} spelled as a backslash, {@code u} and four hex digits; two such when above U+FFFF.
   */
  public static String spelled(int c) {
    StringBuilder out = new StringBuilder();
    for (char unit : Character.toChars(c)) {
      out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) unit));
    }
    return out.toString();
  }

  /**
   * {@code text} with every invisible code point spelled out, and every {@code #} that follows
   * another: no {@code ##} is left whole, so no text can form the runner's {@code ##[command]}.
   */
  public static String spellOut(String text) {
    StringBuilder out = null;
    int previous = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean spell = is(c) || (c == '#' && previous == '#');
      if (spell && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(spell ? spelled(c) : new String(Character.toChars(c)));
      }
      previous = spell ? 0 : c;
      i += Character.charCount(c);
    }
    return out == null ? text : out.toString();
  }
}
