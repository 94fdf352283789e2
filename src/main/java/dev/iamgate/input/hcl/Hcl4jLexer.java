package dev.iamgate.input.hcl;

import com.bertramlabs.plugins.hcl4j.symbols.HCLAttribute;
import com.bertramlabs.plugins.hcl4j.symbols.HCLBlock;
import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HCL4j's lexer, and nothing else of HCL4j: it builds the symbol tree of blocks and attributes with
 * their positions, and never evaluates (so no {@code data "http"} request is ever made and nothing
 * reaches stdout). {@code HCLLexer} is package-private in HCL4j 0.9.8, so it is reached by
 * reflection (../shared/research/HCL4J.md §6.1). Each call has a time limit, since the lexer's
 * look-ahead is quadratic in the size of its input. Thread-safe: one lexer per call.
 */
final class Hcl4jLexer {
  /** A block or attribute HCL4j found: names, and the 0-based line and offset of its start. */
  record Node(boolean block, List<String> names, int line, long position, List<Node> children) {
    Node {
      names = List.copyOf(names);
      children = List.copyOf(children);
    }
  }

  private static final ExecutorService WORKER =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "iamgate-hcl4j");
            thread.setDaemon(true);
            return thread;
          });

  /** Files with fewer blocks than this are lexed on one thread: splitting would cost more. */
  private static final int SLICE_THRESHOLD = 64;

  /** Blocks lexed together by one HCL4j lexer; its look-ahead is quadratic in the batch's size. */
  private static final int BATCH = 16;

  private final long timeoutMillis;

  Hcl4jLexer(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * The outcome of lexing one text: its top-level nodes, or why HCL4j could not read it.
   *
   * @param nodes the nodes, empty when there is a problem
   * @param problem HCL4j's message, or empty
   */
  record Result(List<Node> nodes, String problem) {}

  /**
   * Lexing under way: {@link #await} collects it, {@link #cancel} abandons it. When the time limit
   * runs out, the texts not yet lexed get a problem saying so.
   */
  final class Pending {
    private final Result[] results;
    private final List<Future<?>> tasks;

    private Pending(Result[] results, List<Future<?>> tasks) {
      this.results = results;
      this.tasks = tasks;
    }

    /** The results, in the order of the texts; those not done within the limit say so. */
    List<Result> await() {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
      tasks.forEach(task -> Hcl4jLexer.await(task, deadline));
      List<Result> all = new ArrayList<>(results.length);
      for (Result result : results) {
        all.add(
            result != null
                ? result
                : new Result(
                    List.of(), "HCL4j took longer than " + timeoutMillis + " ms on this file"));
      }
      return all;
    }

    void cancel() {
      tasks.forEach(task -> task.cancel(true));
    }
  }

  /**
   * Starts lexing each text on the worker threads, in batches of {@link #BATCH} and one slice per
   * core, so a large file's blocks pay for few hand-offs; see {@link Pending}.
   */
  Pending submit(List<String> texts) {
    Result[] results = new Result[texts.size()];
    int slices =
        texts.size() < SLICE_THRESHOLD
            ? 1
            : Math.max(1, Runtime.getRuntime().availableProcessors());
    List<Future<?>> tasks = new ArrayList<>();
    for (int slice = 0; slice < slices; slice++) {
      int first = slice;
      int step = slices;
      tasks.add(
          WORKER.submit(
              () -> {
                for (int batch = first * BATCH;
                    batch < texts.size() && !Thread.currentThread().isInterrupted();
                    batch += step * BATCH) {
                  lexBatch(texts, batch, Math.min(texts.size(), batch + BATCH), results);
                }
              }));
    }
    return new Pending(results, tasks);
  }

  private static void await(Future<?> task, long deadline) {
    try {
      task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
    } catch (ExecutionException e) {
      // lexOne catches what it can; an Error escaping it leaves the rest of its slice unread
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Lexes texts [from, to) as one input: one lexer (with its 32 KB buffer) for many small blocks.
   * Node lines are shifted back to each text's own. When the batch does not come out as one block
   * per text, each text is lexed alone, so one unreadable block cannot hide its neighbours.
   */
  private static void lexBatch(List<String> texts, int from, int to, Result[] results) {
    StringBuilder joined = new StringBuilder();
    int[] firstLines = new int[to - from];
    int line = 0;
    for (int i = from; i < to; i++) {
      firstLines[i - from] = line;
      String text = texts.get(i);
      joined.append(text).append('\n');
      line += 1 + (int) text.chars().filter(c -> c == '\n').count();
    }
    Result batch = lexOne(joined.toString());
    if (batch.problem().isEmpty()
        && batch.nodes().size() == to - from
        && batch.nodes().stream().allMatch(Node::block)) {
      for (int i = from; i < to; i++) {
        results[i] =
            new Result(List.of(shift(batch.nodes().get(i - from), firstLines[i - from])), "");
      }
      return;
    }
    for (int i = from; i < to; i++) {
      results[i] = lexOne(texts.get(i));
    }
  }

  private static Node shift(Node node, int lines) {
    List<Node> children = node.children().stream().map(child -> shift(child, lines)).toList();
    return new Node(node.block(), node.names(), node.line() - lines, node.position(), children);
  }

  private static Result lexOne(String text) {
    try {
      return new Result(run(text), "");
    } catch (ReflectiveOperationException | RuntimeException | StackOverflowError e) {
      return new Result(List.of(), "HCL4j could not read it: " + rootMessage(e));
    }
  }

  private static List<Node> run(String text) throws ReflectiveOperationException {
    Object lexer = Reflection.CONSTRUCTOR.newInstance(new StringReader(text));
    try {
      Reflection.YYLEX.invoke(lexer);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(rootMessage(e.getCause()), e.getCause());
    }
    List<Node> nodes = new ArrayList<>();
    for (Object symbol : (List<?>) Reflection.STACK.get(lexer)) {
      convert((Symbol) symbol, nodes);
    }
    return nodes;
  }

  /** HCL4j's package-private lexer, looked up once. */
  private static final class Reflection {
    static final Constructor<?> CONSTRUCTOR;
    static final Method YYLEX;
    static final Field STACK;

    static {
      try {
        Class<?> type = Class.forName("com.bertramlabs.plugins.hcl4j.HCLLexer");
        CONSTRUCTOR = type.getDeclaredConstructor(java.io.Reader.class);
        CONSTRUCTOR.setAccessible(true);
        YYLEX = type.getMethod("yylex");
        YYLEX.setAccessible(true);
        STACK = type.getField("elementStack");
        STACK.setAccessible(true);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  private static void convert(Symbol symbol, List<Node> into) {
    if (symbol instanceof HCLBlock block) {
      List<Node> children = new ArrayList<>();
      if (block.getChildren() != null) {
        block.getChildren().forEach(child -> convert(child, children));
      }
      into.add(new Node(true, block.blockNames, block.getLine(), block.getPosition(), children));
    } else if (symbol instanceof HCLAttribute attribute) {
      into.add(
          new Node(
              false,
              List.of(attribute.getName()),
              attribute.getLine(),
              attribute.getPosition(),
              List.of()));
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null
        ? root.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}
