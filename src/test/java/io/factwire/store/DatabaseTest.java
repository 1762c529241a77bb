package io.factwire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void firstOpenCreatesTheFileAtTheLatestSchemaWithWalAndForeignKeys() {
        Path file = dir.resolve("nested/dir/factwire.db");
        Database db = Database.open(file);
        assertThat(file).exists();
        assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        SchemaDao schema = db.reads().onDemand(SchemaDao.class);
        assertThat(schema.journalMode()).isEqualToIgnoringCase("wal");
        assertThat(schema.foreignKeys()).isTrue();
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        Path file = dir.resolve("factwire.db");
        Database.open(file)
                .writes()
                .useHandle(h -> h.execute(
                        "INSERT INTO articles (id, content_hash, raw_deflated, title, body, extractor_version, created_at, "
                                + "updated_at) VALUES ('a', 'h', x'00', 'T', '', 1, 'now', 'now')"));
        Database again = Database.open(file);
        assertThat(again.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        int articles = again.reads()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM articles")
                        .mapTo(Integer.class)
                        .one());
        assertThat(articles).isEqualTo(1);
    }

    @Test
    void aVersion1DatabaseMigratesForwardKeepingItsArticlesInTheFeedAndTheSearchIndex() throws Exception {
        Path file = dir.resolve("v1.db");
        String v1;
        try (var in = Database.class.getResourceAsStream(Database.MIGRATIONS.get(0))) {
            v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        org.jdbi.v3.core.Jdbi.create("jdbc:sqlite:" + file).useHandle(h -> {
            h.createScript(v1).execute();
            h.execute("PRAGMA user_version = 1");
            h.execute("INSERT INTO articles (id, content_hash, raw_text, title, body, extractor_version, revision, "
                    + "created_at, updated_at) VALUES ('old', 'h', 'T', 'Harbour Storm', 'Boats sank.', 1, 3, "
                    + "'2025-01-01T00:00:00Z', 'now')");
            h.execute("INSERT INTO quotes (article_id, text, start_offset, end_offset, fragment, section_idx) "
                    + "VALUES ('old', 'We rebuild', 0, 0, 0, 0)");
        });
        Database db = Database.open(file);
        assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        var change = db.reads()
                .withHandle(h -> h.createQuery("SELECT article_id, type, revision, at FROM changes")
                        .mapToMap()
                        .one());
        assertThat(change)
                .containsEntry("article_id", "old")
                .containsEntry("type", "created")
                .containsEntry("revision", 3)
                .containsEntry("at", "2025-01-01T00:00:00Z");
        for (String query : new String[] {"harbour", "boats", "rebuild"}) {
            long hits = db.reads()
                    .withHandle(h -> h.createQuery("SELECT count(*) FROM article_search WHERE article_search MATCH :q")
                            .bind("q", query)
                            .mapTo(Long.class)
                            .one());
            assertThat(hits).as(query).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseOfTheSchemaBeforeTheIndexesGetsItsArticleAndSpeakerCounts() throws Exception {
        Path file = dir.resolve("before-indexes.db");
        int indexes = Database.MIGRATIONS.indexOf("V5__indexes.sql");
        org.jdbi.v3.core.Jdbi.create("jdbc:sqlite:" + file).useHandle(h -> {
            for (String script : Database.MIGRATIONS.subList(0, indexes)) {
                try (var in = Database.class.getResourceAsStream(script)) {
                    h.createScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                            .execute();
                }
            }
            h.execute("PRAGMA user_version = " + indexes);
            for (String id : new String[] {"one", "two"}) {
                h.execute(
                        "INSERT INTO articles (id, content_hash, raw_text, title, body, extractor_version, "
                                + "created_at, updated_at) VALUES (?, ?, 'T', 'T', 'B', 1, 'now', 'now')",
                        id,
                        id);
            }
            String quote = "INSERT INTO quotes (article_id, text, start_offset, end_offset, speaker, fragment, "
                    + "section_idx) VALUES (?, 'q', 0, 0, ?, 0, 0)";
            h.execute(quote, "one", "Ada Lind");
            h.execute(quote, "one", "Ada Lind");
            h.execute(quote, "two", "ada lind");
            h.execute(quote, "two", null);
        });
        Database db = Database.open(file);
        assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        var counts = db.reads()
                .withHandle(h -> h.createQuery("SELECT speaker, quotes, articles FROM speaker_counts")
                        .mapToMap()
                        .list());
        assertThat(counts).hasSize(1);
        assertThat(counts.get(0)).containsEntry("quotes", 3).containsEntry("articles", 2);
        long articles = db.reads()
                .withHandle(h -> h.createQuery("SELECT value FROM counters WHERE name = 'articles'")
                        .mapTo(Long.class)
                        .one());
        assertThat(articles).isEqualTo(2);
    }

    @Test
    void factsOfOneArticleThatAreNotConsecutiveInAV6DatabaseAreAllReadAfterTheMigrationInTheirOrder() throws Exception {
        Path file = dir.resolve("v6.db");
        int v6 = Database.MIGRATIONS.indexOf("V6__metadata.sql") + 1;
        org.jdbi.v3.core.Jdbi.create("jdbc:sqlite:" + file).useHandle(h -> {
            for (String script : Database.MIGRATIONS.subList(0, v6)) {
                try (var in = Database.class.getResourceAsStream(script)) {
                    h.createScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                            .execute();
                }
            }
            h.execute("PRAGMA user_version = " + v6);
            for (String id : new String[] {"one", "two"}) {
                h.execute(
                        "INSERT INTO articles (id, content_hash, raw_text, title, body, extractor_version, "
                                + "created_at, updated_at) VALUES (?, ?, 'T\n\nB', 'T', 'B', 1, 'now', 'now')",
                        id,
                        id);
            }
            String fact = "INSERT INTO facts (id, article_id, type, text, start_offset, end_offset, has_quantity, "
                    + "quantity_approximate, has_time, section_idx) VALUES (?, ?, ?, ?, 0, 1, 0, 0, 0, 0)";
            h.execute(fact, 1, "one", "place", "first");
            h.execute(fact, 2, "two", "person", "other");
            h.execute(fact, 3, "one", "person", "second");
        });
        Database db = Database.open(file);
        io.factwire.article.ArticleDao articles = db.reads().onDemand(io.factwire.article.ArticleDao.class);
        assertThat(articles.facts("one"))
                .extracting(f -> f.type() + ":" + f.text())
                .containsExactly("place:first", "person:second");
        assertThat(articles.facts("two"))
                .extracting(f -> f.type() + ":" + f.text())
                .containsExactly("person:other");
        assertThat(articles.find("one").orElseThrow().rawText()).isEqualTo("T\n\nB");
    }

    @Test
    void aStatementRunningPastTheQueryTimeoutIsInterrupted() {
        Database db = Database.open(dir.resolve("factwire.db"), 1, false);
        long started = System.nanoTime();
        assertThatThrownBy(() -> db.reads()
                        .withHandle(h -> h.createQuery(
                                        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n")
                                .mapTo(Long.class)
                                .one()))
                .satisfies(
                        e -> assertThat(Database.isTimeout(e)).as(e.toString()).isTrue());
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    @Test
    void childRowsCannotPointAtAMissingArticle() {
        Database db = Database.open(dir.resolve("factwire.db"));
        assertThatThrownBy(
                        () -> db.writes()
                                .useHandle(
                                        h -> h.execute(
                                                "INSERT INTO sections (article_seq, idx, start_offset, end_offset) VALUES (404, 0, 0, 0)")))
                .hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void aDatabaseFromANewerBuildIsRefused() throws Exception {
        Path file = dir.resolve("factwire.db");
        Database.open(file).writes().useHandle(h -> h.execute("PRAGMA user_version = 99"));
        assertThatThrownBy(() -> Database.open(file)).hasMessageContaining("newer");
        assertThat(Files.size(file)).isPositive();
    }
}
