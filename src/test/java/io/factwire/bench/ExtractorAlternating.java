package io.factwire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of the extractor side by side in one JVM, each loaded from its own class directory: either timed in
 * alternating slices of the thread's CPU time (so the machine's load falls on both alike), or compared output
 * for output over many texts and mutated copies of them. Not a test: run by hand, e.g.
 * {@code java -cp target/test-classes io.factwire.bench.ExtractorAlternating time BASE_CLASSES NEW_CLASSES 40}
 * or {@code ... compare BASE_CLASSES NEW_CLASSES}.
 */
public final class ExtractorAlternating {
    private static final List<Path> SETS = List.of(
            Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/heldout"),
            Path.of("src/test/resources/world"),
            Path.of("src/test/resources/world2"));

    private ExtractorAlternating() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("passes")) {
            // A fixed amount of work, for a counter of instructions (perf stat) rather than a clock.
            Build build = new Build(Path.of(args[1]));
            List<String> texts = texts(List.of(SETS.get(0)));
            int passes = Integer.parseInt(args[2]);
            for (int p = 0; p < passes; p++) {
                for (String text : texts) {
                    build.extract(text, null);
                }
            }
            return;
        }
        if (args[0].equals("profile")) {
            profile(new Build(Path.of(args[1])), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Build base = new Build(Path.of(args[1]));
        Build next = new Build(Path.of(args[2]));
        if (args[0].equals("compare")) {
            compare(base, next);
        } else {
            time(base, next, args.length > 3 ? Integer.parseInt(args[3]) : 40);
        }
    }

    /** A JFR recording of 20 CPU-seconds of extraction over the corpus, started after a warm-up of 5. */
    private static void profile(Build build, Path settings, Path out) throws Exception {
        List<String> texts = texts(List.of(SETS.get(0)));
        slice(build, texts, 5_000_000_000L);
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.create(settings))) {
            recording.start();
            slice(build, texts, 20_000_000_000L);
            recording.stop();
            recording.dump(out);
        }
    }

    private static void time(Build base, Build next, int pairs) throws Exception {
        List<String> texts = texts(List.of(SETS.get(0)));
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        for (int i = 0; i < 3; i++) {
            slice(base, texts, 2_000_000_000L);
            slice(next, texts, 2_000_000_000L);
        }
        double[] before = new double[pairs];
        double[] after = new double[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            boolean baseFirst = i % 2 == 0;
            double a = baseFirst ? slice(base, texts, 500_000_000L) : 0;
            double b = slice(next, texts, 500_000_000L);
            if (!baseFirst) {
                a = slice(base, texts, 500_000_000L);
            }
            before[i] = a * words / texts.size() / 500;
            after[i] = b * words / texts.size() / 500;
            ratio[i] = after[i] / before[i];
            System.out.printf(
                    Locale.ROOT, "pair %2d  base %6.0f  new %6.0f  ratio %.2f%n", i, before[i], after[i], ratio[i]);
        }
        System.out.printf(
                Locale.ROOT,
                "median 500-word articles per CPU-second: base %.0f new %.0f; median ratio %.2f (min %.2f max %.2f)%n",
                median(before),
                median(after),
                median(ratio),
                Arrays.stream(ratio).min().orElse(0),
                Arrays.stream(ratio).max().orElse(0));
    }

    /** Articles per CPU-second over at least {@code cpuNanos} of this thread's CPU time. */
    private static double slice(Build build, List<String> texts, long cpuNanos) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long n = 0;
        long used;
        do {
            for (String text : texts) {
                build.extract(text, null);
                n++;
            }
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < cpuNanos);
        return n / (used / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static void compare(Build base, Build next) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String t : texts(SETS)) {
            texts.addAll(variants(t));
        }
        int differ = 0;
        LocalDate published = LocalDate.of(2025, 3, 14);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            for (LocalDate date : new LocalDate[] {null, published}) {
                String a = String.valueOf(base.extract(text, date));
                String b = String.valueOf(next.extract(text, date));
                if (!a.equals(b)) {
                    differ++;
                    if (differ <= 5) {
                        int at = 0;
                        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
                            at++;
                        }
                        System.out.println("text " + i + " differs at " + at + ":\n  base "
                                + a.substring(Math.max(0, at - 200), Math.min(a.length(), at + 300)) + "\n  new  "
                                + b.substring(Math.max(0, at - 200), Math.min(b.length(), at + 300)));
                    }
                }
            }
        }
        System.out.println("texts " + texts.size() + " (x2 publication dates), differing " + differ);
    }

    /** The text and mutated copies of it: other cases, shifted numbers, shuffled paragraphs, cut short. */
    static List<String> variants(String t) {
        List<String> out = new ArrayList<>();
        out.add(t);
        out.add(t.toLowerCase(Locale.ROOT));
        out.add(t.toUpperCase(Locale.ROOT));
        StringBuilder shifted = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            shifted.append(c >= '0' && c <= '8' ? (char) (c + 1) : c == '9' ? '0' : c);
        }
        out.add(shifted.toString());
        List<String> paragraphs = new ArrayList<>(Arrays.asList(t.split("\n\n")));
        java.util.Collections.reverse(paragraphs);
        out.add(String.join("\n\n", paragraphs));
        out.add(t.substring(0, t.length() / 2));
        out.add(t.substring(t.length() / 3));
        out.add(t.replace("\n\n", " ").replace(",", ""));
        out.add(t.replace(" ", "  ").replace(".", ". "));
        out.add(t.replace("\"", "\u201c").replace("'", "\u2019"));
        String[] words = t.split(" ");
        StringBuilder dropped = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i % 7 != 3) {
                dropped.append(words[i]).append(' ');
            }
        }
        out.add(dropped.toString());
        return out;
    }

    static List<String> texts(List<Path> dirs) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        return texts;
    }

    /** One build's {@code Extractor}, loaded apart from the other's. */
    private static final class Build {
        private final Object extractor;
        private final Method extract;

        Build(Path classes) throws Exception {
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("io.factwire.extract.Extractor");
            extractor = type.getConstructor().newInstance();
            extract = type.getMethod("extract", String.class, LocalDate.class);
        }

        Object extract(String text, LocalDate date) throws Exception {
            return extract.invoke(extractor, text, date);
        }
    }
}
