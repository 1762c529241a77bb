package io.factwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.article.ArticleDao;
import io.factwire.article.ArticleFilter;
import io.factwire.article.ArticleImporter;
import io.factwire.article.ArticleInput;
import io.factwire.article.ArticleListDao;
import io.factwire.article.ArticleService;
import io.factwire.article.ArticleSort;
import io.factwire.article.NewArticle;
import io.factwire.article.Precondition;
import io.factwire.change.ChangeDao;
import io.factwire.change.ChangeService;
import io.factwire.corpus.CorpusDao;
import io.factwire.corpus.CorpusService;
import io.factwire.corpus.FactFilter;
import io.factwire.corpus.QuoteFilter;
import io.factwire.extract.Extractor;
import io.factwire.extract.FactType;
import io.factwire.search.SearchDao;
import io.factwire.search.SearchPage;
import io.factwire.search.SearchService;
import io.factwire.search.SearchSort;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every statement a DAO issues is planned by SQLite ({@code EXPLAIN QUERY PLAN}) as it is about to run, with its
 * real bindings, while the services run every listing, filter, order and page. No plan may scan a table: each
 * reads an index range or looks rows up by key. Which statements exist is read from the compiled DAOs (every
 * {@code @SqlQuery} and {@code @SqlUpdate} method of every interface in the main classes), so a new query that
 * no scenario here runs fails the test instead of slipping by.
 */
public class QueryPlanTest {
    @TempDir
    static Path dir;

    /** Plans seen, per DAO method: the statement and its plan lines. */
    static final Map<Method, List<String>> PLANS = Collections.synchronizedMap(new LinkedHashMap<>());

    @BeforeAll
    static void runEveryListingFilterOrderAndPage() throws Exception {
        Database db = Database.open(dir.resolve("plans.db"));
        for (Jdbi jdbi : List.of(db.reads(), db.writes())) {
            jdbi.setSqlLogger(new PlanRecorder());
        }
        ArticleService articles = new ArticleService(
                db.reads().onDemand(ArticleDao.class),
                db.reads().onDemand(ArticleListDao.class),
                db.writes().onDemand(ArticleDao.class),
                new Extractor(),
                Clock.systemUTC(),
                () -> {});
        Path data = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(data.resolve("ferry.txt"), """
                Ferry Service Resumes on the Lake

                The ferry between Varro and Ostel resumed on Monday after a three-week halt, the operator said.
                "We kept every boat ready," said Mira Helsen, the harbour master, told the Lakeside Courier.
                About 40 crew members returned to work.""");
        new ArticleImporter(articles, new ArticleInput(new ObjectMapper(), 200_000)).syncDirectory(data);
        articles.ingest(new NewArticle("""
                Border Units Rotate Out

                About 1,200 soldiers of the 14th Mountain Brigade left the border post on Friday. "The rotation went \
                as planned," said Mira Helsen, a ministry spokeswoman, Wire Daily reported. Between 3 and 5 soldiers \
                were wounded in a shelling on March 3.""", LocalDate.of(2026, 3, 9), null, "Wire Daily"));
        articles.ingest(new NewArticle("""
                Storm Closes the Harbour

                A storm closed the harbour at Ostel for two days. "Nobody sails today," said Ilan Brask, a skipper.""", null, null, null));
        String id = articles.list(ArticleFilter.NONE, ArticleSort.STORED, 1, null)
                .items()
                .get(0)
                .id();
        articles.get(id);
        articles.sections(id);
        articles.quotes(id, "Mira Helsen", false, true);
        articles.facts(id, Set.of(), true);
        articles.facts(id, Set.of(FactType.TROOP_COUNT, FactType.DATE), false);
        articles.forEachArticle(a -> {});
        articles.count();
        articles.countExtractedBefore(Integer.MAX_VALUE);
        articles.extractedBefore(
                Integer.MAX_VALUE,
                articles.extractedBefore(Integer.MAX_VALUE, null, 1).get(0),
                10);
        articles.reextract(id);
        articles.replace(
                id,
                a -> new NewArticle(a.text() + "\nThe crew cheered.", a.publishedAt(), null, null, a.metadata()),
                Precondition.NONE);

        List<ArticleFilter> filters = List.of(
                ArticleFilter.NONE,
                new ArticleFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, Set.of(), null),
                new ArticleFilter(null, null, "Mira Helsen", Set.of(FactType.TROOP_COUNT), "wire daily"),
                new ArticleFilter(null, null, null, Set.of(), null, "Ana Lind", "harbours", "en"));
        for (ArticleFilter filter : filters) {
            for (ArticleSort sort : ArticleSort.values()) {
                everyPage(cursor -> articles.list(filter, sort, 1, cursor).next());
            }
        }

        SearchService search = new SearchService(db.reads().onDemand(SearchDao.class));
        for (ArticleFilter filter : filters) {
            for (SearchSort sort : SearchSort.values()) {
                for (String q : List.of("harbour", "soldiers OR ferry -storm", "\"harbour master\"", "rot*")) {
                    everyPage(cursor -> {
                        SearchPage page = search.search(q, filter, sort, 1, cursor);
                        return page.next();
                    });
                }
            }
        }

        CorpusService corpus = new CorpusService(db.reads().onDemand(CorpusDao.class));
        for (QuoteFilter filter : List.of(
                new QuoteFilter(null, null, null, null, null, null),
                new QuoteFilter("mira helsen", null, "boat", false, LocalDate.of(2026, 1, 1), null),
                new QuoteFilter(null, "wire daily", null, null, null, LocalDate.of(2026, 12, 31)))) {
            everyPage(cursor -> corpus.quotes(filter, 1, cursor, true).next());
        }
        Set<FactType> troops = Set.of(FactType.TROOP_COUNT);
        for (FactFilter filter : List.of(
                new FactFilter(Set.of(), null, null, null, null, null),
                new FactFilter(troops, null, null, null, null, "soldiers"),
                new FactFilter(Set.of(FactType.TROOP_COUNT, FactType.CASUALTY_COUNT), null, null, null, null, null),
                new FactFilter(troops, 100L, null, null, null, null),
                new FactFilter(Set.of(), 1L, 5000L, null, null, null),
                new FactFilter(troops, null, 5000L, null, null, null),
                new FactFilter(Set.of(FactType.DATE), null, null, LocalDate.of(2026, 3, 1), null, null),
                new FactFilter(Set.of(), null, null, null, LocalDate.of(2026, 12, 31), null))) {
            everyPage(cursor -> corpus.facts(filter, 1, cursor, true).next());
        }
        everyPage(cursor -> corpus.speakers(1, cursor).next());

        ChangeService changes = new ChangeService(db.reads().onDemand(ChangeDao.class));
        changes.after(0, 10);
        changes.latestSequence();
        db.schemaVersion();
        MaintenanceDao maintenance = db.reads().onDemand(MaintenanceDao.class);
        maintenance.integrityCheck();
        maintenance.foreignKeyCheck();
        maintenance.factRangeCheck();
        maintenance.articles();
        maintenance.copyTo(dir.resolve("copy.db").toString());
        db.writes().useExtension(MaintenanceDao.class, MaintenanceDao::searchIndexCheck);
        db.writes().useExtension(SchemaDao.class, SchemaDao::vacuum); // after a migration that rewrote the tables
        articles.delete(id, Precondition.NONE);
    }

    /** Follows a listing's cursors to its end (each call answers the next cursor, or null). */
    private static void everyPage(Function<String, String> page) {
        String cursor = page.apply(null);
        for (int i = 0; cursor != null && i < 20; i++) {
            cursor = page.apply(cursor);
        }
    }

    /** Statements that read every row on purpose, with the reason; nothing a request or a write runs. */
    static final Map<String, String> WHOLE_READS = Map.of(
            "MaintenanceDao.articles", "the operator's check command counts the rows it checked",
            "MaintenanceDao.factRangeCheck", "the operator's check command checks every fact and article");

    @Test
    void noStatementScansATable() throws Exception {
        // every plan, for a reader who wants to see which index each statement walks
        StringBuilder all = new StringBuilder();
        PLANS.forEach((method, plans) -> all.append("## ")
                .append(method.getDeclaringClass().getSimpleName())
                .append('.')
                .append(method.getName())
                .append('\n')
                .append(String.join("", new HashSet<>(plans)))
                .append('\n'));
        Files.writeString(Path.of("target", "query-plans.txt"), all);
        List<String> scans = new ArrayList<>();
        PLANS.forEach((method, plans) -> plans.stream()
                .filter(plan ->
                        !WHOLE_READS.containsKey(method.getDeclaringClass().getSimpleName() + "." + method.getName()))
                .filter(plan -> plan.lines().anyMatch(QueryPlanTest::isTableScan))
                .forEach(plan ->
                        scans.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + ":\n" + plan)));
        assertThat(scans).as("statements whose plan scans a table").isEmpty();
    }

    @Test
    void everyStatementOfEveryDaoWasPlanned() throws Exception {
        Set<Method> declared = new HashSet<>();
        for (Class<?> dao : daos()) {
            for (Method method : dao.getDeclaredMethods()) {
                String sql = method.isAnnotationPresent(SqlQuery.class)
                        ? method.getAnnotation(SqlQuery.class).value()
                        : method.isAnnotationPresent(SqlUpdate.class)
                                ? method.getAnnotation(SqlUpdate.class).value()
                                : null;
                // a PRAGMA reads or sets a setting of the connection, no table
                if (sql != null && !sql.strip().startsWith("PRAGMA")) {
                    declared.add(method);
                }
            }
        }
        assertThat(declared).as("DAO statements found").hasSizeGreaterThan(30);
        assertThat(PLANS.keySet()).as("DAO statements planned").containsAll(declared);
    }

    /**
     * "SCAN t" reads a whole table or index. Not a table: a virtual table (the FTS5 index, searched by its own
     * means; a pragma's rows), a constant row, or a subquery's own result, made by the SEARCHes inside it.
     */
    public static boolean isTableScan(String line) {
        String detail = line.strip();
        return detail.startsWith("SCAN ")
                && !detail.contains("VIRTUAL TABLE")
                && !detail.startsWith("SCAN CONSTANT ROW")
                && !detail.startsWith("SCAN (");
    }

    /** Every interface in the main classes with a {@code @SqlQuery} or {@code @SqlUpdate} method. */
    private static List<Class<?>> daos() throws Exception {
        Path classes = Path.of(ArticleDao.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> daos = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, QueryPlanTest.class.getClassLoader());
                if (type.isInterface()
                        && Stream.of(type.getDeclaredMethods())
                                .anyMatch(m -> m.isAnnotationPresent(SqlQuery.class)
                                        || m.isAnnotationPresent(SqlUpdate.class))) {
                    daos.add(type);
                }
            }
        }
        assertThat(daos)
                .as("DAO interfaces")
                .contains(ArticleDao.class, SearchDao.class, CorpusDao.class, ChangeDao.class);
        return daos;
    }

    /** Before each DAO statement runs, plans it on the same connection with the same arguments. */
    private static final class PlanRecorder implements SqlLogger {
        @Override
        public void logBeforeExecution(StatementContext ctx) {
            if (ctx.getExtensionMethod() == null) {
                return;
            }
            String sql = ctx.getParsedSql().getSql();
            StringBuilder plan = new StringBuilder(ctx.getRenderedSql().strip()).append('\n');
            try (PreparedStatement explain = ctx.getConnection().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                ParsedParameters parameters = ctx.getParsedSql().getParameters();
                for (int i = 0; i < parameters.getParameterCount(); i++) {
                    Argument argument = parameters.isPositional()
                            ? ctx.getBinding().findForPosition(i).orElseThrow()
                            : ctx.getBinding()
                                    .findForName(parameters.getParameterNames().get(i), ctx)
                                    .orElseThrow();
                    argument.apply(i + 1, explain, ctx);
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append("  ").append(rows.getString("detail")).append('\n');
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot plan " + sql, e);
            }
            PLANS.computeIfAbsent(
                            ctx.getExtensionMethod().getMethod(), m -> Collections.synchronizedList(new ArrayList<>()))
                    .add(plan.toString());
        }
    }
}
