package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.store.Database;
import io.factwire.store.QueryPlanTest;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insert path runs in plain JDBC, out of sight of {@link QueryPlanTest}'s Jdbi logger: its statements are
 * planned here, on a migrated database, and none may scan a table (a lookup by hash or id that lost its index
 * would make every insert slower as the archive grows).
 */
class ArticleInsertsPlanTest {
    @TempDir
    Path dir;

    @Test
    void noInsertStatementScansATable() throws Exception {
        Database db = Database.open(dir.resolve("plans.db"));
        List<String> scans = new ArrayList<>();
        db.writes().useHandle(handle -> {
            for (String sql : ArticleInserts.statements()) {
                try (PreparedStatement explain = handle.getConnection().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                    // NULL for every parameter: the plan does not depend on the values
                    for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                        explain.setNull(i, Types.NULL);
                    }
                    try (ResultSet plan = explain.executeQuery()) {
                        while (plan.next()) {
                            String line = plan.getString("detail");
                            if (QueryPlanTest.isTableScan(line)) {
                                scans.add(sql + "\n  " + line);
                            }
                        }
                    }
                }
            }
        });
        assertThat(ArticleInserts.statements()).hasSize(13);
        assertThat(scans).as("insert statements whose plan scans a table").isEmpty();
    }
}
