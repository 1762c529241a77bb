package io.factwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Single-client read latency on a stored corpus (issue 9): one request at a time, each timed from send to the
 * last byte. Scenarios: search with random 1–3-word queries drawn from the corpus's own words, the article list
 * by {@code -published} (first pages and pages followed by their {@code next} cursor), and troop counts of at
 * least a random {@code N}. Seeded, so two servers on copies of one database get the same requests. Prints one
 * line per scenario: {@code name count p50 p90 p99 max} (milliseconds) and the non-200 answers. Not a test: run
 * by {@code bench/scale.sh}.
 *
 * <p>Usage: {@code ReadLatency BASE_URL CORPUS_DIR REQUESTS SEED}
 */
public final class ReadLatency {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path corpus = Path.of(args[1]);
        int requests = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> words = vocabulary(corpus, 200);

        Random random = new Random(seed);
        Supplier<String> search = () -> {
            int n = 1 + random.nextInt(3);
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < n; i++) {
                q.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            return "/v1/search?q=" + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8) + "&limit=20";
        };
        Supplier<String> facts = () -> "/v1/facts?type=troop_count&min="
                + (long) Math.pow(10, 1 + random.nextDouble() * 5) + "&limit=50"; // 10 to 1,000,000
        String[] next = {null};
        int[] depth = {0};
        // a new walk from the first page every 20 pages, so late pages are measured as well as the first
        Supplier<String> list = () -> {
            if (next[0] == null || depth[0] >= 20) {
                depth[0] = 0;
                return "/v1/articles?sort=-published&limit=20";
            }
            depth[0]++;
            return "/v1/articles?sort=-published&limit=20&cursor=" + next[0];
        };

        run(client, base, "search", search, Math.max(20, requests / 10), requests, null);
        run(client, base, "list_published_desc", list, Math.max(20, requests / 10), requests, next);
        run(client, base, "facts_troop_min", facts, Math.max(20, requests / 10), requests, null);
    }

    private static void run(HttpClient client, URI base, String name, Supplier<String> paths, int warmUp, int count,
                            String[] nextCursor) throws Exception {
        long[] ms = new long[count];
        int failures = 0;
        for (int i = -warmUp; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get())).timeout(Duration.ofSeconds(60))
                    .GET().build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            if (response.statusCode() != 200) {
                failures++;
            }
            if (nextCursor != null) {
                JsonNode next = response.statusCode() == 200 ? JSON.readTree(response.body()).get("next") : null;
                nextCursor[0] = next == null || next.isNull() ? null : next.asText();
            }
            if (i >= 0) {
                ms[i] = t1 - t0;
            }
        }
        Arrays.sort(ms);
        System.out.printf("%s %d %.2f %.2f %.2f %.2f failures=%d%n", name, count, at(ms, 0.50), at(ms, 0.90),
                at(ms, 0.99), ms[count - 1] / 1e6, failures);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** Lower-case words of 4 letters or more from the first {@code files} articles, each once. */
    private static List<String> vocabulary(Path corpus, int files) throws Exception {
        Set<String> words = new LinkedHashSet<>();
        for (int i = 1; i <= files; i++) {
            Path file = corpus.resolve(String.format("a%06d.txt", i));
            if (!Files.exists(file)) {
                break;
            }
            for (String w : Files.readString(file).split("[^\\p{L}]+")) {
                if (w.length() >= 4) {
                    words.add(w.toLowerCase());
                }
            }
        }
        return new ArrayList<>(words);
    }
}
