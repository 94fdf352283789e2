package dev.iamgate.input.hcl;

/** Text that is not valid HCL, at an offset of the file being read. */
final class HclSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  HclSyntaxException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  int offset() {
    return offset;
  }
}
