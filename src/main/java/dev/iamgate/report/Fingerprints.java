package dev.iamgate.report;

import dev.iamgate.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identities for findings, the same in every format: they depend on the rule, the input file
 * and the subject, not on line numbers, so they survive edits that move a block.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /** 32 hex digits of SHA-256 over rule id, file and subject. */
  public static String of(Finding finding) {
    String identity =
        finding.ruleId() + "\u0000" + finding.location().path() + "\u0000" + finding.subject();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
