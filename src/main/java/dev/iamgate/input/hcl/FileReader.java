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
      throw InvalidInputException.at(
          new Location(source.path(), source.line(e.offset()), source.column(e.offset())),
          "not valid HCL: " + e.getMessage(),
          "fix the syntax; `terraform validate` shows the same place");
    }
    Blanks blanks = new Blanks(outline, lexed.comments());
    List<HclBlock> blocks = new ArrayList<>();
    for (Outline.Block block : outline.blocks()) {
      blocks.add(structure(source, block, outline, blanks));
    }
    Map<String, Outline.Attribute> attributes = new LinkedHashMap<>();
    outline.attributes().forEach(a -> attributes.put(a.name().text(), a));
    return new Parsed(blocks, attributes, lexed.comments(), source);
  }

  private HclBlock structure(
      Source source, Outline.Block block, Outline.File outline, Blanks blanks) {
    int start = block.header().start();
    int end = block.close() + 1;
    String skeleton = blanks.skeleton(source.text(), start, end);
    Location header = new Location(source.path(), block.header().line(), 0);
    try {
      List<Hcl4jLexer.Node> nodes = hcl4j.lex(skeleton);
      if (nodes.size() != 1 || !nodes.get(0).block()) {
        return unanalysed(
            block,
            header,
            "HCL4j found " + nodes.size() + " items where the header scan found one block");
      }
      return convert(nodes.get(0), header, new Chunk(source, outline, start));
    } catch (HclSyntaxException e) {
      return unanalysed(block, header, e.getMessage());
    } catch (IllegalStateException e) {
      return unanalysed(block, header, e.getMessage());
    }
  }

  /** The file a top-level block is in, its outline, and the block's offset in the file. */
  private record Chunk(Source source, Outline.File outline, int offset) {}

  private HclBlock convert(Hcl4jLexer.Node node, Location location, Chunk chunk) {
    Source source = chunk.source();
    int offset = chunk.offset();
    Map<String, Outline.Attribute> attributes = new LinkedHashMap<>();
    List<HclBlock> blocks = new ArrayList<>();
    for (Hcl4jLexer.Node child : node.children()) {
      int position = offset + (int) child.position();
      if (child.block()) {
        Location nested = new Location(source.path(), source.line(position), 0);
        blocks.add(convert(child, nested, chunk));
        continue;
      }
      Outline.Attribute attribute = chunk.outline().byOffset().get(position);
      if (attribute == null || !attribute.name().text().equals(child.names().get(0))) {
        // HCL4j and the outline disagree: trust neither for this block.
        throw new IllegalStateException(
            "HCL4j read attribute \""
                + child.names().get(0)
                + "\" at line "
                + source.line(position)
                + " differently");
      }
      attributes.put(attribute.name().text(), attribute);
    }
    List<String> names = node.names();
    return new HclBlock(
        names.get(0), names.subList(1, names.size()), location, attributes, blocks, "");
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
      outline.byOffset().values().forEach(a -> spans.add(new int[] {a.start(), a.end(), 1}));
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
      char[] chars = text.substring(start, end).toCharArray();
      int first = java.util.Arrays.binarySearch(starts, start);
      for (int i = first < 0 ? -first - 1 : first; i < starts.length && starts[i] < end; i++) {
        if (ends[i] <= end) {
          blank(chars, starts[i] - start, ends[i] - start);
          if (expression[i]) {
            chars[starts[i] - start] = '0';
          }
        }
      }
      return new String(chars);
    }
  }

  private static void blank(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] != '\n' && chars[i] != '\r') {
        chars[i] = ' ';
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
