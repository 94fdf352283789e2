package dev.iamgate.input.hcl;

import dev.iamgate.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A measurement tool, not a test: prints every top-level resource, data and module block iamgate
 * sees in the files named on standard input, one per line as the reference parser
 * ../shared/tools/hclcount prints them with BLOCKS=1, followed by "analysed" or "partial". Files
 * that do not parse are reported on standard error. Run from a repository's root:
 *
 * <pre>find . -name '*.tf' | java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.iamgate.input.hcl.BlockInventory</pre>
 */
public final class BlockInventory {
  private BlockInventory() {}

  public static void main(String[] args) throws Exception {
    FileReader reader = new FileReader(new Hcl4jLexer(HclReader.HCL4J_TIMEOUT_MILLIS));
    java.io.BufferedReader files =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
    String name;
    while ((name = files.readLine()) != null) {
      String shown = name.startsWith("./") ? name.substring(2) : name;
      try {
        Source source = new Source(shown, Files.readString(Path.of(name), StandardCharsets.UTF_8));
        for (HclBlock block : reader.read(source).blocks()) {
          print(block);
        }
      } catch (InvalidInputException e) {
        System.err.println("failed " + shown + ": " + e.getMessage());
      }
    }
  }

  private static void print(HclBlock block) {
    String kind = block.type();
    if (!kind.equals("resource") && !kind.equals("data") && !kind.equals("module")) {
      return;
    }
    String type = kind.equals("module") ? "-" : block.label(0);
    String label = kind.equals("module") ? block.label(0) : block.label(1);
    System.out.println(
        kind
            + " "
            + type
            + " "
            + label
            + " "
            + block.location().path()
            + ":"
            + block.location().line()
            + " "
            + (block.isAnalysed() ? "analysed" : "partial " + block.problem()));
  }
}
