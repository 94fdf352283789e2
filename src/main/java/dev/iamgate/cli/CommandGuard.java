package dev.iamgate.cli;

import dev.iamgate.report.Invisible;
import java.io.IOException;
import java.io.Writer;

/**
 * Keeps text printed in a GitHub Actions step from being read as a workflow command: the runner
 * takes a line whose first non-blank characters are {@code ::} as a command, and {@code ##[}
 * anywhere in a line as an old-style one. So invisible characters and the second {@code #} of a
 * pair are spelled out ({@link Invisible}), and a line that does not start with an ASCII letter or
 * digit after its indentation gets a {@code "> "} prefix. Only iamgate's own annotations are
 * written around it.
 */
final class CommandGuard extends Writer {
  private final Writer out;
  private final StringBuilder line = new StringBuilder();

  CommandGuard(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (c == '\n') {
        out.write(guard(line.toString()));
        out.write('\n');
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
  }

  /** One line, made inert. */
  static String guard(String line) {
    if (line.endsWith("\r")) {
      return guard(line.substring(0, line.length() - 1)) + "\r";
    }
    String spelled = Invisible.spellOut(line);
    int first = 0;
    while (first < spelled.length()
        && (spelled.charAt(first) == ' ' || spelled.charAt(first) == '\t')) {
      first++;
    }
    if (first == spelled.length()) {
      return spelled;
    }
    char c = spelled.charAt(first);
    boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return plain ? spelled : "> " + spelled;
  }

  /** A partial line waits for its end: whether it needs the prefix depends on the whole line. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Writes a last line that has no line end, then closes nothing: the caller owns the stream. */
  @Override
  public void close() throws IOException {
    if (line.length() > 0) {
      out.write(guard(line.toString()));
      line.setLength(0);
    }
    out.flush();
  }
}
