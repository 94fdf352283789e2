package dev.iamgate.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark, not a test: runs one iamgate command line RUNS times in this JVM, its output
 * discarded, and prints the first run (a cold JVM, without start-up) and the median and minimum of
 * the second half of the runs (compiled code). The process's own start-up is measured from the
 * shell with {@code hyperfine}; this separates it from the work.
 *
 * <pre>
 * java -cp target/iamgate.jar:target/test-classes dev.iamgate.cli.ScanBenchmark 20 scan /tmp/big
 * </pre>
 */
public final class ScanBenchmark {
  private ScanBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ScanBenchmark RUNS IAMGATE-ARGUMENTS...");
      System.exit(2);
    }
    int runs = Integer.parseInt(args[0]);
    String[] command = Arrays.copyOfRange(args, 1, args.length);
    Environment environment =
        new Environment(
            Map.of(),
            new ByteArrayInputStream(new byte[0]),
            false,
            Path.of("").toAbsolutePath(),
            Clock.systemUTC());
    List<Long> millis = new ArrayList<>();
    int code = -1;
    for (int i = 0; i < runs; i++) {
      PrintWriter discard = new PrintWriter(Writer.nullWriter());
      long start = System.nanoTime();
      code = Cli.run(command, discard, discard, environment);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    List<Long> warm = new ArrayList<>(millis.subList(runs / 2, runs));
    warm.sort(null);
    System.out.printf(
        Locale.ROOT,
        "%s: exit %d; first run %d ms; runs %d-%d: median %d ms, min %d ms%n",
        String.join(" ", command),
        code,
        millis.get(0),
        runs / 2 + 1,
        runs,
        warm.get(warm.size() / 2),
        warm.get(0));
  }
}
