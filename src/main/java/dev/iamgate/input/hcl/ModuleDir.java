package dev.iamgate.input.hcl;

import dev.iamgate.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration files of one directory, which Terraform reads as one module: its blocks by
 * kind, its locals, its comments (for suppressions) and what could not be analysed. Built once per
 * directory and shared by every instance of the module. Not thread-safe while being filled.
 */
final class ModuleDir {
  final Path directory;

  /** The directory as reports show it, relative to the working directory, "." for itself. */
  final String shown;

  final List<HclBlock> resources = new ArrayList<>();
  final List<HclBlock> data = new ArrayList<>();
  final List<HclBlock> modules = new ArrayList<>();

  /** {@code removed} blocks (Terraform 1.7+): resources the configuration deletes or forgets. */
  final List<HclBlock> removed = new ArrayList<>();

  final Map<String, HclBlock> variables = new LinkedHashMap<>();
  final Map<String, HclBlock> outputs = new LinkedHashMap<>();
  final Map<String, Outline.Attribute> locals = new LinkedHashMap<>();
  final List<FileReader.Parsed> files = new ArrayList<>();
  final List<Diagnostic> problems = new ArrayList<>();

  ModuleDir(Path directory, String shown) {
    this.directory = directory;
    this.shown = shown;
  }

  /** Files the module is made of, sorted by name; blocks keep their file order. */
  void add(FileReader.Parsed file) {
    files.add(file);
    for (HclBlock block : file.blocks()) {
      switch (block.type()) {
        case "resource" -> resources.add(block);
        case "data" -> data.add(block);
        case "module" -> modules.add(block);
        case "variable" -> variables.put(block.label(0), block);
        case "output" -> outputs.put(block.label(0), block);
        case "locals" -> locals.putAll(block.attributes());
        case "removed" -> removed.add(block);
        default -> {
          // terraform, provider, moved, import, removed, check: no rule reads them
        }
      }
    }
    problems.addAll(FileReader.problems(file.blocks()));
  }

  /** The managed resource {@code type.name}, or null. */
  HclBlock resource(String type, String name) {
    return find(resources, type, name);
  }

  /** The data source {@code type.name}, or null. */
  HclBlock dataSource(String type, String name) {
    return find(data, type, name);
  }

  /** The module call {@code name}, or null. */
  HclBlock moduleCall(String name) {
    return modules.stream().filter(b -> b.label(0).equals(name)).findFirst().orElse(null);
  }

  private static HclBlock find(List<HclBlock> blocks, String type, String name) {
    for (HclBlock block : blocks) {
      if (block.label(0).equals(type) && block.label(1).equals(name)) {
        return block;
      }
    }
    return null;
  }
}
