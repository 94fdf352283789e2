package dev.iamgate.input.hcl;

import dev.iamgate.model.Location;
import java.util.List;
import java.util.Map;

/**
 * A block of a configuration file as iamgate evaluates it: its type and labels from the header, its
 * attributes with their parsed expressions, and its nested blocks, in source order.
 *
 * @param type e.g. {@code resource}, or {@code statement} for a nested block
 * @param labels e.g. {@code [aws_iam_user, ci]}
 * @param location the header: file and line
 * @param attributes by name
 * @param blocks nested blocks
 * @param problem why the block could not be fully analysed, or empty when it was
 */
record HclBlock(
    String type,
    List<String> labels,
    Location location,
    Map<String, Outline.Attribute> attributes,
    List<HclBlock> blocks,
    String problem) {
  HclBlock {
    labels = List.copyOf(labels);
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    blocks = List.copyOf(blocks);
  }

  boolean isAnalysed() {
    return problem.isEmpty();
  }

  String label(int index) {
    return index < labels.size() ? labels.get(index) : "";
  }

  /** The nested blocks of {@code wanted} type. */
  List<HclBlock> blocks(String wanted) {
    return blocks.stream().filter(block -> block.type().equals(wanted)).toList();
  }
}
