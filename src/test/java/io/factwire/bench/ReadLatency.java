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
 * last byte. With two servers (a baseline and a candidate on copies of one database), every request goes to
 * both, one right after the other, the first one alternating, so both see the same requests under the same load
 * on the machine. Scenarios: search with random 1–3-word queries drawn from the corpus's own words, the article list
 * by {@code -published} (first pages and pages followed by their {@code next} cursor), and troop counts of at
 * least a random {@code N}. Seeded. Prints one line per server and scenario:
 * {@code label name count p50 p90 p99 max} (milliseconds) and the non-200 answers, then, when a server's process
 * id is given, the CPU time that process spent per measured request ({@code cpu_ms=}): on a shared machine the
 * CPU a request costs varies less than its latency. Not a test: run by {@code bench/scale.sh}.
 *
 * <p>Usage: {@code ReadLatency LABEL=BASE_URL[@PID][,LABEL=BASE_URL[@PID]] CORPUS_DIR REQUESTS SEED [WARM_UP]}: each
 * scenario first sends {@code WARM_UP} requests that are not measured (default a tenth of {@code REQUESTS}, at
 * least 20).
 */
public final class ReadLatency {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        List<String> labels = new ArrayList<>();
        List<URI> bases = new ArrayList<>();
        List<Long> pids = new ArrayList<>();
        for (String server : args[0].split(",")) {
            labels.add(server.substring(0, server.indexOf('=')));
            String url = server.substring(server.indexOf('=') + 1);
            int at = url.lastIndexOf('@');
            pids.add(at < 0 ? -1 : Long.parseLong(url.substring(at + 1)));
            bases.add(URI.create(at < 0 ? url : url.substring(0, at)));
        }
        Path corpus = Path.of(args[1]);
        int requests = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
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
            return "/v1/articles?sort=-published&limit=20&cursor=" + next[0]; // each server's own, see run
        };

        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : Math.max(20, requests / 10);
        run(client, labels, bases, pids, "search", search, warmUp, requests, null);
        run(client, labels, bases, pids, "list_published_desc", list, warmUp, requests, next);
        run(client, labels, bases, pids, "facts_troop_min", facts, warmUp, requests, null);
    }

    /**
     * Sends each path to every server. A list walk follows the last server's cursor: cursors are opaque, and
     * each server is asked for its own next page only in its own format, so the walk restarts whenever one
     * server's answer has no next page or a cursor the other did not issue.
     */
    private static void run(
            HttpClient client,
            List<String> labels,
            List<URI> bases,
            List<Long> pids,
            String name,
            Supplier<String> paths,
            int warmUp,
            int count,
            String[] nextCursor)
            throws Exception {
        int n = bases.size();
        long[][] ms = new long[n][count];
        int[] failures = new int[n];
        String[] cursors = new String[n];
        long[] cpuNanos = new long[n];
        for (int i = -warmUp; i < count; i++) {
            if (i == 0) {
                for (int s = 0; s < n; s++) {
                    cpuNanos[s] = -cpuNanos(pids.get(s));
                }
            }
            String path = paths.get();
            boolean walking = nextCursor != null && nextCursor[0] != null && path.contains("cursor=");
            String[] next = new String[n];
            for (int k = 0; k < n; k++) {
                int s = Math.floorMod(i + k, n); // who goes first alternates
                String own = walking ? path.replaceAll("cursor=.*$", "cursor=" + cursors[s]) : path;
                HttpRequest request = HttpRequest.newBuilder(bases.get(s).resolve(own))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build();
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long t1 = System.nanoTime();
                if (response.statusCode() != 200) {
                    failures[s]++;
                }
                if (nextCursor != null) {
                    JsonNode json = response.statusCode() == 200
                            ? JSON.readTree(response.body()).get("next")
                            : null;
                    next[s] = json == null || json.isNull() ? null : json.asText();
                }
                if (i >= 0) {
                    ms[s][i] = t1 - t0;
                }
            }
            if (nextCursor != null) {
                boolean all = Arrays.stream(next).allMatch(c -> c != null);
                System.arraycopy(next, 0, cursors, 0, n);
                nextCursor[0] = all ? "walk" : null;
            }
        }
        for (int s = 0; s < n; s++) {
            cpuNanos[s] += cpuNanos(pids.get(s));
            Arrays.sort(ms[s]);
            System.out.printf(
                    "%s %s %d %.2f %.2f %.2f %.2f failures=%d%s%n",
                    labels.get(s),
                    name,
                    count,
                    at(ms[s], 0.50),
                    at(ms[s], 0.90),
                    at(ms[s], 0.99),
                    ms[s][count - 1] / 1e6,
                    failures[s],
                    pids.get(s) < 0 ? "" : String.format(" cpu_ms=%.3f", cpuNanos[s] / 1e6 / count));
        }
    }

    /**
     * User and system CPU of a process so far, from {@code /proc/PID/stat} (clock ticks of 10 ms, small beside
     * the hundreds of requests between two readings); 0 without a process id.
     */
    private static long cpuNanos(long pid) throws Exception {
        if (pid < 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L; // utime, stime
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
