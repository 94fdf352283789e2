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

  private final long timeoutMillis;

  Hcl4jLexer(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * The top-level nodes of {@code text}.
   *
   * @throws HclSyntaxException with offset 0 and HCL4j's message when it cannot lex the text, or
   *     when it takes longer than the limit
   */
  List<Node> lex(String text) throws HclSyntaxException {
    Future<List<Node>> result = WORKER.submit(() -> run(text));
    try {
      return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new HclSyntaxException(0, "HCL4j took longer than " + timeoutMillis + " ms");
    } catch (ExecutionException e) {
      throw new HclSyntaxException(0, "HCL4j could not read it: " + rootMessage(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HclSyntaxException(0, "interrupted");
    }
  }

  private static List<Node> run(String text) throws ReflectiveOperationException {
    Class<?> type = Class.forName("com.bertramlabs.plugins.hcl4j.HCLLexer");
    Constructor<?> constructor = type.getDeclaredConstructor(java.io.Reader.class);
    constructor.setAccessible(true);
    Object lexer = constructor.newInstance(new StringReader(text));
    Method yylex = type.getMethod("yylex");
    yylex.setAccessible(true);
    try {
      yylex.invoke(lexer);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(rootMessage(e.getCause()), e.getCause());
    }
    Field stack = type.getField("elementStack");
    stack.setAccessible(true);
    List<Node> nodes = new ArrayList<>();
    for (Object symbol : (List<?>) stack.get(lexer)) {
      convert((Symbol) symbol, nodes);
    }
    return nodes;
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
