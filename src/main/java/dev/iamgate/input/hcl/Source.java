package dev.iamgate.input.hcl;

import java.util.Arrays;

/**
 * The text of one file, with its name as reports show it and a table of line starts, so offsets
 * turn into 1-based lines and columns.
 */
final class Source {
  private final String path;
  private final String text;
  private final int[] lineStarts;

  Source(String path, String text) {
    this.path = path;
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
  }

  String path() {
    return path;
  }

  String text() {
    return text;
  }

  /** The 1-based line of {@code offset}. */
  int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The offset of the first character of {@code line} (1-based). */
  int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The 1-based column of {@code offset}, counted in characters. */
  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** The text of line {@code line} (1-based), without its line end. */
  String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return text.substring(start, Math.max(start, end)).replace("\r", "");
  }
}
