package dev.iamgate.input.hcl;

import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code .tf} file: iamgate's lexer and outline validate it and find every block header;
 * then each top-level block's structure is read by HCL4j's lexer from a skeleton of the block in
 * which every attribute expression and comment is blanked (same offsets and lines), so HCL4j's
 * lexer gaps on expressions cannot lose a block and its evaluator has nothing to run. The
 * expressions themselves come from iamgate's parser. A block HCL4j cannot read keeps its header and
 * is marked not fully analysed.
 */
final class FileReader {
  /** What one file holds. */
  record Parsed(
      List<HclBlock> blocks,
      Map<String, Outline.Attribute> attributes,
      List<Lexer.Comment> comments,
      Source source) {}

  private final Hcl4jLexer hcl4j;

  FileReader(Hcl4jLexer hcl4j) {
    this.hcl4j = hcl4j;
  }

  /** Parses {@code source}; invalid HCL is an {@link InvalidInputException} at its line. */
  Parsed read(Source source) throws InvalidInputException {
    Lexer.Lexed lexed;
    Outline.File outline;
    try {
      lexed = Lexer.lex(source);
      outline = Outline.read(lexed.tokens());
    } catch (HclSyntaxException e) {
      throw invalid(source, e);
    }
    Blanks blanks = new Blanks(outline, lexed.comments());
    List<String> skeletons = new ArrayList<>();
    for (Outline.Block block : outline.blocks()) {
      skeletons.add(blanks.skeleton(source.text(), block.header().start(), block.close() + 1));
    }
    // HCL4j reads the structure on other threads while this one parses the expressions.
    Hcl4jLexer.Pending pending = hcl4j.submit(skeletons);
    Outline.Expressions expressions;
    try {
      expressions = Outline.parse(outline);
    } catch (HclSyntaxException e) {
      pending.cancel();
      throw invalid(source, e);
    }
    List<Hcl4jLexer.Result> structures = pending.await();
    Map<String, Outline.Attribute> byLine = new java.util.HashMap<>();
    expressions
        .byOffset()
        .values()
        .forEach(a -> byLine.put(key(a.name().line(), a.name().text()), a));
    List<HclBlock> blocks = new ArrayList<>();
    for (int i = 0; i < outline.blocks().size(); i++) {
      blocks.add(structure(source, outline.blocks().get(i), byLine, structures.get(i)));
    }
    Map<String, Outline.Attribute> attributes = new LinkedHashMap<>();
    expressions.topLevel().forEach(a -> attributes.put(a.name().text(), a));
    return new Parsed(blocks, attributes, lexed.comments(), source);
  }

  private static InvalidInputException invalid(Source source, HclSyntaxException e) {
    return InvalidInputException.at(
        new Location(source.path(), source.line(e.offset()), source.column(e.offset())),
        "not valid HCL: " + e.getMessage(),
        "fix the syntax; `terraform validate` shows the same place");
  }

  private HclBlock structure(
      Source source,
      Outline.Block block,
      Map<String, Outline.Attribute> byLine,
      Hcl4jLexer.Result structure) {
    Location header = new Location(source.path(), block.header().line(), 0);
    if (!structure.problem().isEmpty()) {
      return unanalysed(block, header, structure.problem());
    }
    List<Hcl4jLexer.Node> nodes = structure.nodes();
    if (nodes.size() != 1 || !nodes.get(0).block()) {
      return unanalysed(
          block,
          header,
          "HCL4j found " + nodes.size() + " items where the header scan found one block");
    }
    try {
      return convert(nodes.get(0), header, new Chunk(source, byLine, block.header().line()));
    } catch (IllegalStateException e) {
      return unanalysed(block, header, e.getMessage());
    }
  }

  /** The file a top-level block is in, its attributes by line and name, and its first line. */
  private record Chunk(Source source, Map<String, Outline.Attribute> attributes, int firstLine) {}

  private HclBlock convert(Hcl4jLexer.Node node, Location location, Chunk chunk) {
    Map<String, Outline.Attribute> attributes = new LinkedHashMap<>();
    List<HclBlock> blocks = new ArrayList<>();
    for (Hcl4jLexer.Node child : node.children()) {
      int line = chunk.firstLine() + child.line();
      if (child.block()) {
        blocks.add(convert(child, new Location(chunk.source().path(), line, 0), chunk));
        continue;
      }
      String name = child.names().get(0);
      Outline.Attribute attribute = chunk.attributes().get(key(line, name));
      if (attribute == null) {
        // HCL4j and the outline disagree: trust neither for this block.
        throw new IllegalStateException(
            "HCL4j read attribute \"" + name + "\" at line " + line + " differently");
      }
      attributes.put(name, attribute);
    }
    List<String> names = node.names();
    return new HclBlock(
        names.get(0), names.subList(1, names.size()), location, attributes, blocks, "");
  }

  /**
   * How attributes are matched to HCL4j's nodes: by line and name (skeletons keep lines, not
   * offsets).
   */
  static String key(int line, String name) {
    return line + ":" + name;
  }

  private static HclBlock unanalysed(Outline.Block block, Location header, String problem) {
    return new HclBlock(block.type(), block.labels(), header, Map.of(), List.of(), problem);
  }

  /**
   * The spans to blank in skeletons, sorted by start: attribute expressions (a {@code 0} is left in
   * their place) and comments. Each block takes its spans by binary search, so a file's skeletons
   * cost time linear in its size.
   */
  static final class Blanks {
    private final int[] starts;
    private final int[] ends;
    private final boolean[] expression;

    Blanks(Outline.File outline, List<Lexer.Comment> comments) {
      List<int[]> spans = new ArrayList<>();
      outline.spans().forEach(a -> spans.add(new int[] {a.start(), a.end(), 1}));
      comments.forEach(c -> spans.add(new int[] {c.start(), c.end(), 0}));
      spans.sort(java.util.Comparator.comparingInt(span -> span[0]));
      starts = new int[spans.size()];
      ends = new int[spans.size()];
      expression = new boolean[spans.size()];
      for (int i = 0; i < spans.size(); i++) {
        starts[i] = spans.get(i)[0];
        ends[i] = spans.get(i)[1];
        expression[i] = spans.get(i)[2] == 1;
      }
    }

    /** The text of [start, end) with its spans blanked; offsets and lines unchanged. */
    String skeleton(String text, int start, int end) {
      StringBuilder skeleton = new StringBuilder(Math.min(end - start, 1 << 16));
      int cursor = start;
      int first = java.util.Arrays.binarySearch(starts, start);
      for (int i = first < 0 ? -first - 1 : first; i < starts.length && starts[i] < end; i++) {
        if (ends[i] > end || starts[i] < cursor) {
          continue;
        }
        copy(text, cursor, starts[i], skeleton);
        if (expression[i]) {
          skeleton.append('0');
        }
        for (int c = starts[i]; c < ends[i]; c++) {
          if (text.charAt(c) == '\n') {
            skeleton.append('\n');
          }
        }
        cursor = ends[i];
      }
      copy(text, cursor, end, skeleton);
      return skeleton.toString();
    }

    /**
     * Copies structure text (headers, names, braces) with runs of blanks outside quotes shrunk to
     * one: HCL4j's lexer costs time per character, and lines are all the skeleton must keep.
     */
    private static void copy(String text, int from, int to, StringBuilder out) {
      boolean quoted = false;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '"' && (i == from || text.charAt(i - 1) != '\\')) {
          quoted = !quoted;
        }
        boolean blank = c == ' ' || c == '\t' || c == '\r';
        if (!quoted && blank && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          continue;
        }
        out.append(!quoted && blank ? ' ' : c);
      }
    }
  }

  /** Diagnostics for the blocks that could not be fully analysed. */
  static List<Diagnostic> problems(List<HclBlock> blocks) {
    List<Diagnostic> problems = new ArrayList<>();
    for (HclBlock block : blocks) {
      if (!block.isAnalysed()) {
        problems.add(
            new Diagnostic(
                block.location(),
                block.type()
                    + " "
                    + String.join(".", block.labels())
                    + " was not fully analysed: "
                    + block.problem(),
                ""));
      }
    }
    return problems;
  }
}
