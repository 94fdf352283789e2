package dev.iamgate.input.hcl;

import dev.iamgate.model.Address;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import dev.iamgate.model.Mode;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Waiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Terraform configuration ({@code .tf} and {@code .tf.json} files) into change sets, one per
 * root module, and places plan changes at the {@code .tf} blocks that declare them.
 *
 * <p>How it works: a {@link Workspace} finds the module directories below the scanned path and
 * parses each file with iamgate's own lexer and outline (validation, the header scan that never
 * misses a block, the expressions) and HCL4j's lexer (the structure of each block, read from a
 * skeleton in which expressions are blanked, so that its evaluator never runs: no network, no
 * output). A directory is a root unless another calls it as a local module. Module calls are
 * followed to local directories and to remote ones {@code terraform init} downloaded; each root's
 * modules are evaluated statically by the {@link Interpreter}, and every resource block becomes a
 * declared change at its header's {@code file:line}. Inline suppressions come from the comments.
 * Thread-safe: nothing is shared between calls.
 */
public final class HclReader {
  /** How long HCL4j may take on one block before the block is reported as not analysed. */
  static final long HCL4J_TIMEOUT_MILLIS = 10_000;

  /**
   * Every root module at or below {@code path} (a directory, or a file whose directory is scanned),
   * sorted by directory.
   *
   * @param workingDirectory where reported paths start
   * @throws InvalidInputException listing every file that is not valid HCL, or an unreadable path
   */
  public List<ChangeSet> read(Path path, Path workingDirectory) throws InvalidInputException {
    Path scanned = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    Workspace workspace =
        new Workspace(
            scanned, workingDirectory, new FileReader(new Hcl4jLexer(HCL4J_TIMEOUT_MILLIS)));
    List<Path> directories =
        Files.isDirectory(path) ? workspace.moduleDirectories() : List.of(workspace.scanRoot);
    if (directories.isEmpty()) {
      throw InvalidInputException.at(
          Location.of(workspace.shown(scanned)),
          "no .tf or .tf.json files here or below",
          "name a Terraform directory or a plan JSON file");
    }
    List<ModuleDir> modules = new ArrayList<>();
    directories.forEach(directory -> modules.add(workspace.module(directory)));
    workspace.failOnErrors();
    Set<Path> called = calledLocally(workspace, modules);
    List<ChangeSet> roots = new ArrayList<>();
    for (ModuleDir module : modules) {
      if (!called.contains(module.directory)) {
        ConfigurationBuilder builder = ConfigurationBuilder.forRoot(workspace, module.directory);
        roots.add(builder.build(builder.instantiate(module)));
      }
    }
    workspace.failOnErrors();
    return roots;
  }

  /** Directories that another scanned directory calls as a local module: they are not roots. */
  private static Set<Path> calledLocally(Workspace workspace, List<ModuleDir> modules) {
    Set<Path> called = new HashSet<>();
    for (ModuleDir module : modules) {
      for (HclBlock call : module.modules) {
        Outline.Attribute source = call.attributes().get("source");
        if (source != null
            && source.expression() instanceof Expr.Literal literal
            && literal.value().textOrNull() != null) {
          addLocal(called, module, literal.value().textOrNull(), workspace);
        } else if (source != null
            && source.expression() instanceof Expr.Template template
            && template.parts().size() == 1
            && template.parts().get(0) instanceof Expr.Literal literal) {
          addLocal(called, module, literal.value().textOrNull(), workspace);
        }
      }
    }
    return called;
  }

  private static void addLocal(
      Set<Path> called, ModuleDir module, String source, Workspace workspace) {
    if (source != null && (source.startsWith("./") || source.startsWith("../"))) {
      Path target = module.directory.resolve(source).normalize();
      if (target.startsWith(workspace.scanRoot) && !target.equals(module.directory)) {
        called.add(target);
      }
    }
  }

  /**
   * Places each change of {@code plan} at the {@code .tf} block that declares it in the
   * configuration rooted at {@code source}, through the module calls; adds the configuration's
   * inline suppressions. Changes whose block is not found keep their place in the plan.
   */
  public ChangeSet locate(ChangeSet plan, Path source, Path workingDirectory)
      throws InvalidInputException {
    Workspace workspace =
        new Workspace(
            source, workingDirectory, new FileReader(new Hcl4jLexer(HCL4J_TIMEOUT_MILLIS)));
    ModuleDir rootDir = workspace.module(source);
    workspace.failOnErrors();
    ConfigurationBuilder builder = ConfigurationBuilder.forRoot(workspace, source);
    ModuleInstance root = builder.instantiate(rootDir);
    workspace.failOnErrors();
    Map<String, Location> blocks = new HashMap<>();
    List<Waiver> waivers = new ArrayList<>();
    Set<ModuleDir> seen = new HashSet<>();
    for (ModuleInstance module : root.tree()) {
      index(module, blocks);
      if (seen.add(module.dir)) {
        module.dir.files.forEach(file -> waivers.addAll(Suppressions.of(file)));
      }
    }
    List<ResourceChange> located = new ArrayList<>();
    int missing = 0;
    for (ResourceChange change : plan.changes()) {
      Location block =
          blocks.get(
              key(
                  change.address().moduleCalls(),
                  change.address().mode(),
                  change.address().type(),
                  change.address().name()));
      missing += block == null ? 1 : 0;
      located.add(block == null ? change : change.at(block));
    }
    List<Diagnostic> notices = new ArrayList<>();
    notices.add(
        new Diagnostic(
            Location.of(workspace.shown(source)),
            "findings are placed at the .tf blocks of "
                + workspace.shown(source)
                + (missing == 0
                    ? ""
                    : "; "
                        + missing
                        + " change(s) have no block there and keep their place in the plan"),
            ""));
    return plan.withChanges(located, notices, waivers);
  }

  private static void index(ModuleInstance module, Map<String, Location> blocks) {
    for (HclBlock block : module.dir.resources) {
      blocks.put(key(module.calls, Mode.MANAGED, block.label(0), block.label(1)), block.location());
    }
    for (HclBlock block : module.dir.data) {
      blocks.put(key(module.calls, Mode.DATA, block.label(0), block.label(1)), block.location());
    }
  }

  private static String key(List<String> calls, Mode mode, String type, String name) {
    return String.join("/", calls) + "|" + new Address("", mode, type, name, "").local();
  }
}
