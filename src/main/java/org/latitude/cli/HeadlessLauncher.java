package org.latitude.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The {@code Main-Class} of the executable jar (copied to the jar's root by the build). A first argument naming a
 * headless command ({@code analyze}, {@code discretion}) runs it through a class loader over only
 * {@code BOOT-INF/classes} and the few nested jars the commands use, so that {@code java -jar latitude.jar analyze}
 * neither starts Spring nor pays Spring Boot's launcher for opening ~160 nested jars (measured: about a second of
 * CPU, see docs/benchmarks.md). Any other invocation is handed to Spring Boot's {@code JarLauncher} unchanged.
 *
 * <p>Uses only the JDK and, by reflection, the public API of the Spring Boot loader that the build embeds at the
 * jar's root ({@code Handlers}, {@code JarUrl}, {@code LaunchedClassLoader}).
 */
public final class HeadlessLauncher {

    /** Nested jars the headless commands need, by file-name prefix. */
    static final List<String> HEADLESS_LIBRARIES = List.of("picocli-", "commons-math3-", "commonmark-", "jfreechart-",
            "org.jfree.svg-");
    /** Same as {@code Cli}'s list, repeated because {@code Cli} is not at the jar's root where this class runs. */
    private static final Set<String> COMMANDS = Set.of("analyze", "discretion", "help", "--help", "-h");
    private static final String LOADER = "org.springframework.boot.loader.";

    private HeadlessLauncher() {
    }

    public static void main(String[] args) throws Exception {
        File jar = new File(HeadlessLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (args.length == 0 || !COMMANDS.contains(args[0]) || !jar.isFile()) {
            Class.forName(LOADER + "launch.JarLauncher").getMethod("main", String[].class).invoke(null,
                    (Object) args);
            return;
        }
        Class.forName(LOADER + "net.protocol.Handlers").getMethod("register").invoke(null);
        Method url = Class.forName(LOADER + "net.protocol.jar.JarUrl").getMethod("create", File.class,
                String.class);
        List<URL> urls = new ArrayList<>();
        urls.add((URL) url.invoke(null, jar, "BOOT-INF/classes/"));
        for (String library : libraries(jar)) {
            urls.add((URL) url.invoke(null, jar, library));
        }
        ClassLoader loader = (ClassLoader) Class.forName(LOADER + "launch.LaunchedClassLoader")
                .getConstructor(boolean.class, URL[].class, ClassLoader.class)
                .newInstance(false, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class.forName("org.latitude.cli.Cli", true, loader).getMethod("main", String[].class).invoke(null,
                (Object) args);
    }

    /** The entries of {@code BOOT-INF/classpath.idx} whose file names start with a headless library prefix. */
    private static List<String> libraries(File jar) throws Exception {
        List<String> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar, false)) {
            JarEntry index = file.getJarEntry("BOOT-INF/classpath.idx");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(index),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String entry = line.replaceFirst("^- \"(.*)\"$", "$1");
                    String name = entry.substring(entry.lastIndexOf('/') + 1);
                    if (HEADLESS_LIBRARIES.stream().anyMatch(name::startsWith)) {
                        found.add(entry);
                    }
                }
            }
        }
        return found;
    }
}
