import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class list of the installed runtime's class-data sharing archive (run by the installer profile, packaging/README.md):
 * from the lists the training runs dumped ({@code -XX:DumpLoadedClassList}), the runtime's classes (JDK and JavaFX),
 * those loaded by the most runs first, at most {@code MAX} of them. Class-path classes are left out: an archive holding
 * them is tied to the absolute paths of the jars on Java 17 and is refused when the app is installed elsewhere.
 * The limit keeps the archive, and so the installed app, small: every class costs about 8 KB of archive.
 *
 * <p>With {@code --install-list FILE} first, it also writes the list of the archive each installation makes for itself
 * (packaging/linux/launcher.sh, made by the {@code .deb}'s postinst where the jars' final paths are known): the same
 * runtime classes, then every class-path class the training runs load, with their lambdas (ADR 0019).
 *
 * <p>With {@code --union OUT} it writes every line of the given lists once instead, in the order first seen: the list of
 * the small commands' archive (ADR 0027), every class their training runs load, runtime and class path alike.
 *
 * <pre>java packaging/CdsClassList.java [--install-list FILE] MAX APP-FOLDER OUT TRAINING.classlist...
 * java packaging/CdsClassList.java --union OUT TRAINING.classlist...</pre>
 */
public final class CdsClassList {
    public static void main(String[] arguments) throws IOException {
        if (arguments[0].equals("--union")) {
            union(Path.of(arguments[1]), java.util.Arrays.copyOfRange(arguments, 2, arguments.length));
            return;
        }
        Path installList = arguments[0].equals("--install-list") ? Path.of(arguments[1]) : null;
        String[] args = installList == null ? arguments : java.util.Arrays.copyOfRange(arguments, 2, arguments.length);
        int max = Integer.parseInt(args[0]);
        Set<String> classPath = classPathClasses(Path.of(args[1]));
        Map<String, Integer> runsLoading = new LinkedHashMap<>();
        Set<String> classPathLoaded = new java.util.LinkedHashSet<>();
        Set<String> lambdaProxies = new java.util.LinkedHashSet<>();
        Set<String> invokers = new HashSet<>();
        List<String> invokerOrder = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            Set<String> thisRun = new HashSet<>();
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                if (line.startsWith("@lambda-form-invoker")) {
                    if (invokers.add(line)) {
                        invokerOrder.add(line);
                    }
                } else if (line.startsWith("@lambda-proxy ")) {
                    lambdaProxies.add(line);
                } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("@")) {
                    String name = line.split(" ", 2)[0];
                    if (classPath.contains(name)) {
                        classPathLoaded.add(name);
                    } else if (thisRun.add(name)) {
                        runsLoading.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> chosen = new ArrayList<>(runsLoading.keySet());
        // a stable sort: among classes loaded by as many runs, the order the first run loaded them in
        chosen.sort(Comparator.comparing(runsLoading::get, Comparator.reverseOrder()));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            chosen.stream().limit(max).forEach(out::println);
            invokerOrder.forEach(out::println);
        }
        System.out.printf("CDS class list: %d of %d runtime classes loaded by the training runs%n",
                Math.min(max, chosen.size()), chosen.size());
        if (installList != null) {
            Set<String> installed = new java.util.LinkedHashSet<>(chosen.subList(0, Math.min(max, chosen.size())));
            installed.addAll(classPathLoaded);
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(installList, StandardCharsets.UTF_8))) {
                installed.forEach(out::println);
                // a lambda is archived with the class that defines it (the line's second word)
                lambdaProxies.stream().filter(line -> installed.contains(line.split(" ", 3)[1])).forEach(out::println);
                invokerOrder.forEach(out::println);
            }
            System.out.printf("Install-time CDS class list: %d classes (%d from the class path)%n", installed.size(),
                    classPathLoaded.size());
        }
    }

    /**
     * Each class, lambda and invoker line of the lists once. The JVM's dump refuses a list that names a lambda twice,
     * and the ids some lines carry differ from run to run, so they are dropped.
     */
    private static void union(Path out, String[] lists) throws IOException {
        Set<String> lines = new java.util.LinkedHashSet<>();
        for (String list : lists) {
            for (String line : Files.readAllLines(Path.of(list), StandardCharsets.UTF_8)) {
                String entry = line.replaceFirst(" id: \\d+$", "").strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("Small commands' CDS class list: %d lines from %d training runs%n", lines.size(), lists.length);
    }

    /** The classes of the jars in this folder and its sub-folders, named as the class lists name them. */
    private static Set<String> classPathClasses(Path folder) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path jar : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar"))::iterator) {
                try (JarFile opened = new JarFile(jar.toFile())) {
                    opened.stream().map(entry -> entry.getName())
                            .filter(name -> name.endsWith(".class"))
                            .map(name -> name.substring(0, name.length() - ".class".length()))
                            .map(name -> name.replaceFirst("^META-INF/versions/\\d+/", ""))
                            .forEach(names::add);
                }
            }
        }
        return names;
    }
}
