package dev.iamgate.report;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the scanned files sit in their repository: report paths are relative to the working
 * directory, annotations and links want them relative to the repository root. Immutable.
 *
 * @param prefix the working directory relative to the repository root, with forward slashes and a
 *     trailing slash, or empty when they are the same
 * @param blobUrl the web address of the files at the scanned commit, ending in a slash (for GitHub
 *     {@code SERVER/OWNER/REPO/blob/SHA/}), or empty when unknown
 */
public record Repository(String prefix, String blobUrl) {
  /** Paths as reported and no links. */
  public static final Repository NONE = new Repository("", "");

  public Repository {
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      throw new IllegalArgumentException("prefix \"" + prefix + "\" must end with a slash");
    }
    if (!blobUrl.isEmpty() && !blobUrl.endsWith("/")) {
      throw new IllegalArgumentException("blob URL \"" + blobUrl + "\" must end with a slash");
    }
  }

  /**
   * {@code path} (as reported) relative to the repository root; it starts with {@code ../} when the
   * file is outside the repository.
   */
  public String path(String path) {
    if (prefix.isEmpty() || path.startsWith("/")) {
      return path;
    }
    java.util.Deque<String> segments = new java.util.ArrayDeque<>();
    for (String segment : (prefix + path).split("/", -1)) {
      if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
        segments.removeLast();
      } else if (!segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  /**
   * The web address of {@code line} of {@code path} at the scanned commit, or empty when it is
   * unknown or the path is outside the repository.
   */
  public String link(String path, int line) {
    String inRepository = path(path);
    if (blobUrl.isEmpty() || inRepository.startsWith("../") || inRepository.startsWith("/")) {
      return "";
    }
    try {
      // The multi-argument constructor percent-encodes what a path may not hold (spaces, '#').
      String encoded = new URI(null, null, inRepository, null).getRawPath();
      return blobUrl + encoded + (line > 0 ? "#L" + line : "");
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
