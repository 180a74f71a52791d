package org.latitude.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.latitude.LatitudeApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module overview in {@code docs/architecture/} is generated from the code by Spring Modulith's Documenter: the
 * component diagram of all modules, one diagram and one canvas per module, and the document that gathers them. Every
 * run regenerates it (commit the result); under {@code CI=true} a checked-in overview that no longer matches the code
 * fails the build, so the documentation cannot drift from the modules it describes. The Documenter lists a diagram's
 * components and relations in hash order, so each run of such lines is sorted to make the files reproducible.
 */
class ModuleDocumentationTest {

    private static final Path OVERVIEW = Path.of("docs", "architecture");

    @Test
    void theModuleOverviewDescribesEveryModuleAndIsUpToDate() throws IOException {
        Map<String, String> checkedIn = read(OVERVIEW);
        ApplicationModules modules = ApplicationModules.of(LatitudeApplication.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OVERVIEW.toString()))
                .writeDocumentation();
        sortDiagramLines(OVERVIEW);
        sortTableLists(OVERVIEW);
        Map<String, String> generated = read(OVERVIEW);

        assertThat(generated).containsKeys("components.puml", "all-docs.adoc");
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(generated).containsKeys("module-" + name + ".puml", "module-" + name + ".adoc");
            assertThat(generated.get("components.puml")).contains(module.getDisplayName());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(generated).as("docs/architecture is out of date with the modules: run this test and commit "
                    + "the regenerated files").isEqualTo(checkedIn);
        }
    }

    private static void sortDiagramLines(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(f -> f.getFileName().toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(p));
                for (int start = 0; start < lines.size(); start++) {
                    String kind = diagramLineKind(lines.get(start));
                    int end = start;
                    while (kind != null && end < lines.size() && kind.equals(diagramLineKind(lines.get(end)))) {
                        end++;
                    }
                    if (end > start + 1) {
                        Collections.sort(lines.subList(start, end));
                        start = end - 1;
                    }
                }
                Files.write(p, lines);
            }
        }
    }

    /**
     * The module canvases ({@code module-*.adoc}) list bean references and events in hash order too: a table cell's
     * bullet list ({@code |* `a`} followed by {@code * `b`} lines) is sorted, keeping the cell marker on its first line.
     */
    private static void sortTableLists(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(f -> f.getFileName().toString().endsWith(".adoc")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(p));
                for (int start = 0; start < lines.size(); start++) {
                    if (!lines.get(start).startsWith("|* ")) {
                        continue;
                    }
                    int end = start + 1;
                    while (end < lines.size() && lines.get(end).startsWith("* ")) {
                        end++;
                    }
                    lines.set(start, lines.get(start).substring(1));
                    Collections.sort(lines.subList(start, end));
                    lines.set(start, "|" + lines.get(start));
                    start = end - 1;
                }
                Files.write(p, lines);
            }
        }
    }

    /** "Component(" or "Rel(" (whatever the indentation) for the lines whose order is arbitrary, else null. */
    private static String diagramLineKind(String line) {
        String s = line.strip();
        return s.startsWith("Component(") ? "Component(" : s.startsWith("Rel(") ? "Rel(" : null;
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
