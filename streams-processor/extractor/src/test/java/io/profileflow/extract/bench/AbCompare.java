package io.profileflow.extract.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of this build of the engine against another build of it (a baseline checkout), measured in one JVM in
 * alternating two-second rounds, each build in its own class loader, on the same documents. On a shared machine
 * whose load changes from minute to minute, the ratio of neighbouring rounds is far steadier than two separate
 * runs. Prints each round and the median ratio (this build / baseline) of throughput per CPU-second. Run it
 * with ab.sh; the builds are compared through their stable API only (ProfileExtractor, ExtractorSettings).
 */
public final class AbCompare {
    private static final String MODULE_CLASSES = "streams-processor/extractor/target/classes";
    private static final String MODULE_TEST_CLASSES = "streams-processor/extractor/target/test-classes";

    private AbCompare() {
    }

    /** One build: its engine and the documents, as objects of its own class loader. */
    private record Side(String name, Object engine, Method extract, List<?> docs, long bytesPerPass) {
        /** Extracts every document once. */
        void pass() throws ReflectiveOperationException {
            for (Object d : docs) {
                extract.invoke(engine, d);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path baselineRoot = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path candidateRoot = Path.of(System.getProperty("profileflow.root"));
        Side baseline = side("baseline", baselineRoot);
        Side candidate = side("this build", candidateRoot);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Side s : List.of(baseline, candidate)) {
            measure(s, threads, 5.0); // warm-up: JIT both builds before any round counts
        }
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double a = measure(baseline, threads, 2.0);
            double b = measure(candidate, threads, 2.0);
            ratios[r] = b / a;
            System.out.printf(Locale.ROOT, "round %2d: baseline %.2f, this build %.2f MB per CPU-second, ratio %.2f%n",
                    r + 1, a, b, ratios[r]);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "median ratio (this build / baseline): %.2f (min %.2f, max %.2f)%n",
                ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
    }

    /** Throughput of one side over about {@code seconds} of wall time, in MB of input per CPU-second. */
    private static double measure(Side s, ThreadMXBean threads, double seconds) throws ReflectiveOperationException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long passes = 0;
        while (System.nanoTime() < end) {
            s.pass();
            passes++;
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        return passes * s.bytesPerPass / 1e6 / cpuSeconds;
    }

    private static Side side(String name, Path root) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(dir(root.resolve(MODULE_CLASSES)));
        urls.add(dir(root.resolve(MODULE_TEST_CLASSES)));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            // The dependencies are shared; the module's own class folders come from the side's root.
            if (!entry.endsWith("target/classes") && !entry.endsWith("target/test-classes")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> settings = loader.loadClass("io.profileflow.extract.ExtractorSettings");
        Class<?> extractor = loader.loadClass("io.profileflow.extract.ProfileExtractor");
        Class<?> input = loader.loadClass("io.profileflow.extract.DocumentInput");
        Object engine = extractor.getConstructor(settings).newInstance(settings.getMethod("defaults").invoke(null));
        Method load = loader.loadClass("io.profileflow.extract.bench.BenchmarkCorpus").getDeclaredMethod("load");
        load.setAccessible(true);
        List<?> docs = (List<?>) load.invoke(null);
        Method content = input.getMethod("content");
        long bytes = 0;
        for (Object d : docs) {
            bytes += ((byte[]) content.invoke(d)).length;
        }
        return new Side(name, engine, extractor.getMethod("extract", input), docs, bytes);
    }

    private static URL dir(Path p) throws MalformedURLException {
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException(p + " is missing: build that checkout first (mvn test-compile)");
        }
        return p.toUri().toURL();
    }
}
