package dev.iamgate.model;

/** Quotes strings the way Terraform prints instance keys, and skips over such keys. */
final class Quoting {
  private Quoting() {}

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Returns the index just past a bracketed key that starts at {@code from}, or {@code from} when
   * there is none. Quoted keys may contain brackets and escaped quotes.
   */
  static int skipKey(String text, int from) {
    if (from >= text.length() || text.charAt(from) != '[') {
      return from;
    }
    boolean quoted = false;
    for (int i = from + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("unterminated instance key in \"" + text + "\"");
  }
}
