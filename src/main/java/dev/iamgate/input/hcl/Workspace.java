package dev.iamgate.input.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import dev.iamgate.model.Value;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of one scan: finds module directories below the scanned path (skipping {@code
 * .terraform} and hidden directories), parses each directory once, keeps going after a file that
 * does not parse so that every problem is reported, and builds module instance trees from module
 * calls: local sources, and remote ones that {@code terraform init} downloaded. Not thread-safe.
 */
final class Workspace {
  /** Larger files are refused: HCL files this size are generated, and generated on purpose. */
  static final long MAX_FILE_BYTES = 8L << 20;

  private static final int MAX_MODULE_DEPTH = 32;

  final Path scanRoot;
  private final Path workingDirectory;
  private final FileReader reader;
  private final Map<Path, ModuleDir> parsed = new HashMap<>();
  private final List<Diagnostic> errors = new ArrayList<>();

  Workspace(Path scanRoot, Path workingDirectory, FileReader reader) {
    this.scanRoot = scanRoot.toAbsolutePath().normalize();
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.reader = reader;
  }

  /** Every directory below the scan root holding {@code .tf} or {@code .tf.json} files, sorted. */
  List<Path> moduleDirectories() throws InvalidInputException {
    try (Stream<Path> walk = Files.walk(scanRoot)) {
      return walk.filter(Files::isDirectory)
          .filter(this::isVisible)
          .filter(Workspace::hasConfiguration)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw InvalidInputException.at(
          Location.of(shown(scanRoot)),
          "cannot list the directory: " + e.getMessage(),
          "check its permissions");
    }
  }

  private boolean isVisible(Path directory) {
    for (Path part : scanRoot.relativize(directory)) {
      String name = part.toString();
      if (name.startsWith(".") && !name.equals(".")) {
        return false;
      }
    }
    return true;
  }

  static boolean hasConfiguration(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(Workspace::isConfigurationFile);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isConfigurationFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".tf") || name.endsWith(".tf.json"));
  }

  /** The module in {@code directory}, parsed once. */
  ModuleDir module(Path directory) {
    Path key = directory.toAbsolutePath().normalize();
    ModuleDir cached = parsed.get(key);
    if (cached != null) {
      return cached;
    }
    ModuleDir module = new ModuleDir(key, shown(key));
    try (Stream<Path> files = Files.list(key)) {
      for (Path file : files.filter(Workspace::isConfigurationFile).sorted().toList()) {
        parse(file, module);
      }
    } catch (IOException e) {
      errors.add(
          new Diagnostic(
              Location.of(shown(key)),
              "cannot list the directory: " + e.getMessage(),
              "check its permissions"));
    }
    parsed.put(key, module);
    return module;
  }

  private void parse(Path file, ModuleDir module) {
    String shown = shown(file);
    try {
      Source source = new Source(shown, text(file, shown));
      module.add(
          file.toString().endsWith(".json") ? TfJsonReader.read(source) : reader.read(source));
    } catch (InvalidInputException e) {
      errors.addAll(e.diagnostics());
    }
  }

  static String text(Path file, String shown) throws InvalidInputException {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw InvalidInputException.at(
            Location.of(shown),
            "the file has " + size + " bytes, more than the limit of " + MAX_FILE_BYTES,
            "iamgate does not read generated files this large");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.at(
          Location.of(shown),
          "the file is not UTF-8 text",
          "Terraform reads configuration as UTF-8; convert it");
    } catch (IOException e) {
      throw InvalidInputException.at(
          Location.of(shown), "cannot read the file: " + e.getMessage(), "check its permissions");
    }
  }

  /** Values of terraform.tfvars and *.auto.tfvars (and their .json forms) of a root module. */
  Map<String, Value> tfvars(ModuleDir root, Interpreter interpreter) {
    Map<String, Value> values = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    Path main = root.directory.resolve("terraform.tfvars");
    if (Files.isRegularFile(main)) {
      files.add(main);
    }
    try (Stream<Path> listed = Files.list(root.directory)) {
      listed
          .filter(f -> f.getFileName().toString().endsWith(".auto.tfvars"))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      errors.add(
          new Diagnostic(
              Location.of(root.shown), "cannot list the directory: " + e.getMessage(), ""));
    }
    ModuleInstance scratch = ModuleInstance.root(root, Map.of());
    for (Path file : files) {
      try {
        FileReader.Parsed parsed = reader.read(new Source(shown(file), text(file, shown(file))));
        parsed
            .attributes()
            .forEach(
                (name, attribute) ->
                    values.put(
                        name, interpreter.evaluate(attribute.expression(), Frame.of(scratch))));
      } catch (InvalidInputException e) {
        errors.addAll(e.diagnostics());
      }
    }
    return values;
  }

  /**
   * The directory a module call loads: a local source below the scan root, or a remote one that
   * {@code terraform init} recorded in {@code .terraform/modules/modules.json}; null when the
   * module is not scanned, with the reason in {@code why}.
   */
  Path moduleSource(ModuleInstance caller, String call, String source, StringBuilder why) {
    if (source.startsWith("./") || source.startsWith("../")) {
      Path target = caller.dir.directory.resolve(source).normalize();
      if (!target.startsWith(scanRoot)) {
        why.append("a local module outside the scanned directory (").append(source).append(')');
        return null;
      }
      if (!hasConfiguration(target)) {
        why.append("a local module with no .tf files (").append(source).append(')');
        return null;
      }
      return target;
    }
    Path downloaded = downloaded(caller, call);
    if (downloaded == null) {
      why.append("a remote module (")
          .append(source)
          .append(") that is not downloaded; run terraform init to scan it");
    }
    return downloaded;
  }

  private Path downloaded(ModuleInstance caller, String call) {
    ModuleInstance root = caller;
    while (root.parent != null) {
      root = root.parent;
    }
    Path manifest = root.dir.directory.resolve(".terraform/modules/modules.json");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    List<String> calls = new ArrayList<>(caller.calls);
    calls.add(call);
    String key = String.join(".", calls);
    try {
      JsonNode modules = new ObjectMapper().readTree(manifest.toFile()).path("Modules");
      for (JsonNode module : modules) {
        if (module.path("Key").asText().equals(key)) {
          Path directory = root.dir.directory.resolve(module.path("Dir").asText()).normalize();
          return directory.startsWith(scanRoot) && hasConfiguration(directory) ? directory : null;
        }
      }
    } catch (IOException e) {
      errors.add(
          new Diagnostic(
              Location.of(shown(manifest)),
              "cannot read the module manifest: " + e.getMessage(),
              "run terraform init again"));
    }
    return null;
  }

  boolean isTooDeep(ModuleInstance caller) {
    return caller.depth() >= MAX_MODULE_DEPTH;
  }

  /**
   * Throws every parse error met so far, if any: nothing is judged from a configuration that does
   * not parse.
   */
  void failOnErrors() throws InvalidInputException {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * A path as reports show it: relative to the working directory when below it, forward slashes.
   */
  String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path relative =
        absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    String text = relative.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
