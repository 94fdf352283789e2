package dev.iamgate.model;

/**
 * A place in an input file, 1-based.
 *
 * @param path the file as the user named it, with forward slashes ({@code -} for stdin)
 * @param line 1-based line, or 0 when the place is the file as a whole
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String path, int line, int column) implements Comparable<Location> {
  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative line or column " + line + ":" + column);
    }
    path = path.replace('\\', '/');
  }

  /** The file as a whole. */
  public static Location of(String path) {
    return new Location(path, 0, 0);
  }

  @Override
  public int compareTo(Location other) {
    int byPath = path.compareTo(other.path);
    if (byPath != 0) {
      return byPath;
    }
    return line != other.line
        ? Integer.compare(line, other.line)
        : Integer.compare(column, other.column);
  }

  /** {@code path:line:column}, leaving out what is unknown, as compilers print it. */
  @Override
  public String toString() {
    if (line == 0) {
      return path;
    }
    return column == 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
