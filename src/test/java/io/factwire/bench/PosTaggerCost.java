package io.factwire.bench;

import io.factwire.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * What OpenNLP's English part-of-speech tagger (UD EWT model) would cost beside the extractor: both run on one
 * thread over the same articles, in alternating rounds after a warm-up, timed by the thread's CPU clock, so the
 * ratio holds on a shared machine. The tagger is timed on whole paragraphs and, as the cheapest use that could
 * still help, on the first three tokens of each paragraph and of each sentence-like piece after a full stop.
 * Not a test: run by {@code bench/pos-cost.sh}.
 */
public final class PosTaggerCost {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int WARMUP_ROUNDS = 4;
    private static final int ROUNDS = 5;
    private static final int ROUND_SECONDS = 3;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        POSTaggerME tagger;
        try (InputStream model = PosTaggerCost.class.getResourceAsStream(MODEL)) {
            tagger = new POSTaggerME(new POSModel(model));
        }
        Extractor extractor = new Extractor();
        ToIntFunction<String> extract =
                text -> extractor.extract(text, null).facts().size();
        ToIntFunction<String> tagAll = text -> tagParagraphs(tagger, text, Integer.MAX_VALUE);
        ToIntFunction<String> tagStarts = text -> tagParagraphs(tagger, text, 3);
        List<ToIntFunction<String>> work = List.of(extract, tagAll, tagStarts);
        String[] names = {"extractor", "tagger, every token", "tagger, sentence starts only"};
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (ToIntFunction<String> w : work) {
                articlesPerCpuSecond(w, texts);
            }
        }
        double[][] rates = new double[work.size()][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < work.size(); i++) {
                rates[i][round] = articlesPerCpuSecond(work.get(i), texts);
            }
        }
        for (int i = 0; i < work.size(); i++) {
            double median = median(rates[i]);
            System.out.printf(
                    Locale.ROOT,
                    "%-30s median %6.0f articles per CPU-second (rounds %s)%n",
                    names[i],
                    median,
                    java.util.Arrays.toString(java.util.Arrays.stream(rates[i])
                            .mapToLong(Math::round)
                            .toArray()));
        }
        double extractorRate = median(rates[0]);
        for (int i = 1; i < work.size(); i++) {
            double both = 1 / (1 / extractorRate + 1 / median(rates[i]));
            System.out.printf(
                    Locale.ROOT,
                    "extractor plus %s: %.0f articles per CPU-second, %.2f× the extractor alone%n",
                    names[i],
                    both,
                    both / extractorRate);
        }
    }

    /** Tags each paragraph's pieces between full stops, at most {@code limit} tokens of each piece. */
    private static int tagParagraphs(POSTaggerME tagger, String text, int limit) {
        int tags = 0;
        for (String paragraph : text.split("\n+")) {
            for (String piece : paragraph.split("(?<=[.!?])\\s+")) {
                String[] tokens = SimpleTokenizer.INSTANCE.tokenize(piece);
                if (tokens.length == 0) {
                    continue;
                }
                if (tokens.length > limit) {
                    tokens = java.util.Arrays.copyOf(tokens, limit);
                }
                tags += tagger.tag(tokens).length;
            }
        }
        return tags;
    }

    private static double articlesPerCpuSecond(ToIntFunction<String> work, List<String> texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + ROUND_SECONDS * 1_000_000_000L;
        long start = threads.getCurrentThreadCpuTime();
        long articles = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                sink += work.applyAsInt(text);
                articles++;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return articles / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
