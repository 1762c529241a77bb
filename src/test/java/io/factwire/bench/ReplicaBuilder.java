package io.factwire.bench;

import io.factwire.article.ArticleDao;
import io.factwire.article.ArticleRow;
import io.factwire.extract.Extraction;
import io.factwire.extract.Extractor;
import io.factwire.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Builds a large database for READ benchmarks faster than extraction can (issue 9: a million articles on a
 * 2-core machine would take hours to extract): the first {@code TEMPLATES} articles of a generated corpus are
 * extracted once, then stored again and again through the real write path ({@link ArticleDao#insertAll}: the
 * articles row, sections, paragraphs, quotes, facts, search entry and change event, a thousand per transaction)
 * until {@code COUNT} articles are stored. Copy {@code k} of a template gets " (k)" after its title (so a new
 * id and content hash, and a text that re-extracts to the same body) and a publication date {@code 37·k} days
 * earlier. What differs from an extracted corpus: the texts repeat (each about COUNT / TEMPLATES times), and
 * relative dates in a copy's facts stay resolved against its template's date. Writes/reads costs are those of
 * a real store of that size; ingest figures must not be taken from it. Not a test: run by {@code bench/run.sh}.
 *
 * <p>Usage: {@code ReplicaBuilder DB CORPUS_DIR TEMPLATES COUNT}; prints {@code text_bytes=} (the stored
 * texts' size, for the size ratio) and the rate. Articles already in {@code DB} count as the first ones, so a
 * database built by extracting the templates (CLI ingest of the first {@code TEMPLATES} files) can be grown, and
 * an interrupted build goes on where its last committed batch ended.
 */
public final class ReplicaBuilder {
    private static final int BATCH = 1000;

    private ReplicaBuilder() {}

    record Template(String text, LocalDate publishedAt, String source, Extraction extraction) {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        int templates = Integer.parseInt(args[2]);
        long count = Long.parseLong(args[3]);
        Extractor extractor = new Extractor();
        long t0 = System.nanoTime();
        List<Template> base = IntStream.rangeClosed(1, templates)
                .parallel()
                .mapToObj(i -> {
                    try {
                        String name = String.format("a%06d", i);
                        String text = Files.readString(corpus.resolve(name + ".txt"));
                        String sidecar = Files.readString(corpus.resolve(name + ".json"));
                        LocalDate date = LocalDate.parse(member(sidecar, "publishedAt"));
                        return new Template(text, date, member(sidecar, "source"), extractor.extract(text, date));
                    } catch (Exception e) {
                        throw new IllegalStateException("template " + i + ": " + e.getMessage(), e);
                    }
                })
                .toList();
        System.err.printf("extracted %d templates in %.0f s%n", templates, (System.nanoTime() - t0) / 1e9);

        Database database = Database.open(db);
        ArticleDao dao = database.writes().onDemand(ArticleDao.class);
        long stored = database.reads()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM articles")
                        .mapTo(Long.class)
                        .one());
        long textBytes = 0;
        long t1 = System.nanoTime();
        String now = Instant.now().toString();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<ArticleRow> rows = new ArrayList<>(BATCH);
        List<Extraction> extractions = new ArrayList<>(BATCH);
        for (long n = 0; n < count; n++) {
            Template t = base.get((int) (n % templates));
            long copy = n / templates;
            String suffix = copy == 0 ? "" : " (" + copy + ")";
            String title = t.extraction().title() + suffix;
            String firstLine = t.text().substring(0, t.text().indexOf('\n'));
            String text = firstLine + suffix + t.text().substring(firstLine.length());
            textBytes += text.getBytes(StandardCharsets.UTF_8).length;
            if (n < stored) {
                continue;
            }
            String hash = HexFormat.of().formatHex(sha.digest(text.strip().getBytes(StandardCharsets.UTF_8)));
            Extraction e = t.extraction();
            rows.add(new ArticleRow(
                    slug(title),
                    hash,
                    null,
                    text,
                    title,
                    e.dateline(),
                    e.body(),
                    t.publishedAt().minusDays(37 * copy).toString(),
                    null,
                    t.source(),
                    Extractor.VERSION,
                    1,
                    now,
                    now));
            extractions.add(new Extraction(title, e.dateline(), e.body(), e.sections(), e.quotes(), e.facts()));
            if (rows.size() == BATCH || n == count - 1) {
                dao.insertAll(rows, extractions);
                rows.clear();
                extractions.clear();
                if ((n + 1) % 10_000 == 0) {
                    System.err.printf(
                            "stored %d articles, %.0f a second%n",
                            n + 1, (n + 1 - stored) / ((System.nanoTime() - t1) / 1e9));
                }
            }
        }
        System.out.printf(
                "text_bytes=%d%nstored=%d%nstore_rate=%.1f%n",
                textBytes, count - stored, (count - stored) / ((System.nanoTime() - t1) / 1e9));
    }

    /** A string member of the flat sidecar JSON that CorpusGenerator writes. */
    private static String member(String json, String name) {
        int at = json.indexOf("\"" + name + "\"");
        int open = json.indexOf('"', json.indexOf(':', at) + 1);
        return json.substring(open + 1, json.indexOf('"', open + 1));
    }

    /** The generator's titles are ASCII words, so the plain form of the server's slug rule will do. */
    private static String slug(String title) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        int cut = slug.length() > 80 ? slug.lastIndexOf('-', 80) : -1;
        return cut > 0 ? slug.substring(0, cut) : slug;
    }
}
