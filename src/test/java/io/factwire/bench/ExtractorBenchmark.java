package io.factwire.bench;

import io.factwire.extract.Extractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extractor throughput on one thread over the test corpus, after a warm-up, per second of the thread's CPU time. Prints articles per second and the
 * same figure scaled to 500-word articles, so corpora of different lengths compare. Not a test: run by
 * {@code bench/extractor.sh}.
 */
public final class ExtractorBenchmark {
    private static final int WARMUP_SECONDS = 5;
    private static final int MEASURE_SECONDS = 10;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        Extractor extractor = new Extractor();
        run(extractor, texts, WARMUP_SECONDS);
        // CPU time of this thread, not wall time: the figure holds on a machine shared with other work.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long passes = run(extractor, texts, MEASURE_SECONDS);
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double articlesPerSecond = passes * texts.size() / seconds;
        double wordsPerSecond = passes * words / seconds;
        System.out.printf(
                "articles=%d words/article=%.0f passes=%d cpu-seconds=%.1f%n",
                texts.size(), (double) words / texts.size(), passes, seconds);
        System.out.printf(
                "articles per CPU-second (one thread)=%.0f  500-word articles per CPU-second=%.0f%n",
                articlesPerSecond, wordsPerSecond / 500);
    }

    private static long run(Extractor extractor, List<String> texts, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                sink += extractor.extract(text, null).facts().size();
            }
            passes++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return passes;
    }
}
