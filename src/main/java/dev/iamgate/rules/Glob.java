package dev.iamgate.rules;

import java.util.Locale;

/**
 * IAM wildcard matching: {@code *} matches any run of characters, {@code ?} exactly one. Linear
 * time, no regular expressions, so hostile patterns cannot make it slow.
 */
final class Glob {
  private Glob() {}

  /** Matches ignoring case, as IAM does for action names. */
  static boolean matchesIgnoringCase(String pattern, String text) {
    return matches(pattern.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
  }

  /** Matches case-sensitively, as IAM does for resource ARNs. */
  static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
