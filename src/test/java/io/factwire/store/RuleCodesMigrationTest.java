package io.factwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V9 stores rule names once, as codes, and a fact's name that is its text as '': a version 8 database keeps every
 * quote's and fact's rule and every fact's name through it.
 */
class RuleCodesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion8DatabaseKeepsEveryRuleAsACodeNamedOnceAndStoresANameThatIsTheTextAsEmpty() {
        Path file = dir.resolve("v8.db");
        Jdbi.create("jdbc:sqlite:" + file).useHandle(h -> {
            Database.registerMigrationFunctions(h.getConnection());
            for (String script : Database.MIGRATIONS.subList(0, 8)) {
                h.createScript(Database.resource(script)).execute();
            }
            h.execute("PRAGMA user_version = 8");
            h.execute("INSERT INTO fact_types (name) VALUES ('person')");
            for (int i = 0; i < 3; i++) {
                h.execute(
                        "INSERT INTO facts (id, article_seq, type, text, start_offset, end_offset, has_quantity, "
                                + "quantity_approximate, has_time, section_idx, rule, name) "
                                + "VALUES (?, 1, 1, 'Dara Molen', 0, 10, 0, 0, 0, 0, ?, ?)",
                        i + 1,
                        i == 2 ? null : "entity.person-title",
                        new String[] {"Dara Molen", "Dara Molen-Tarvo", null}[i]);
            }
            h.execute("INSERT INTO quotes (article_seq, text, start_offset, end_offset, fragment, section_idx, rule, "
                    + "source_rule) VALUES (1, 'We rebuild', 0, 10, 0, 0, 'speaker.said-after-quote', NULL)");
            h.execute("INSERT INTO quotes (article_seq, text, start_offset, end_offset, fragment, section_idx, rule, "
                    + "source_rule) VALUES (1, 'We stay', 20, 27, 0, 0, 'speaker.pronoun', 'source.told-outlet')");
        });

        Database db = Database.open(file);

        assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        List<Map<String, Object>> facts = db.reads()
                .withHandle(h -> h.createQuery("SELECT f.id, f.name, r.name AS rule FROM facts f "
                                + "LEFT JOIN rules r ON r.code = f.rule_code ORDER BY f.id")
                        .mapToMap()
                        .list());
        assertThat(facts)
                .extracting(m -> m.get("rule"))
                .containsExactly("entity.person-title", "entity.person-title", null);
        // a name that is the text as written is stored empty, and only then
        assertThat(facts).extracting(m -> m.get("name")).containsExactly("", "Dara Molen-Tarvo", null);
        List<Map<String, Object>> quotes = db.reads()
                .withHandle(h -> h.createQuery("SELECT r.name AS rule, s.name AS source_rule FROM quotes q "
                                + "LEFT JOIN rules r ON r.code = q.rule_code "
                                + "LEFT JOIN rules s ON s.code = q.source_rule_code ORDER BY q.id")
                        .mapToMap()
                        .list());
        assertThat(quotes)
                .extracting(m -> m.get("rule"))
                .containsExactly("speaker.said-after-quote", "speaker.pronoun");
        assertThat(quotes).extracting(m -> m.get("source_rule")).containsExactly(null, "source.told-outlet");
        List<String> names = db.reads()
                .withHandle(h -> h.createQuery("SELECT name FROM rules ORDER BY name")
                        .mapTo(String.class)
                        .list());
        assertThat(names)
                .containsExactly(
                        "entity.person-title", "source.told-outlet", "speaker.pronoun", "speaker.said-after-quote");
    }
}
