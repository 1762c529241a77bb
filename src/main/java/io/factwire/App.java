package io.factwire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.factwire.article.ArticleController;
import io.factwire.article.ArticleDao;
import io.factwire.article.ArticleImporter;
import io.factwire.article.ArticleInput;
import io.factwire.article.ArticleListDao;
import io.factwire.article.ArticleService;
import io.factwire.article.LazyExtractor;
import io.factwire.article.NdjsonImport;
import io.factwire.article.Upkeep;
import io.factwire.change.ChangeController;
import io.factwire.change.ChangeDao;
import io.factwire.change.ChangeService;
import io.factwire.cli.IngestCommand;
import io.factwire.corpus.CorpusController;
import io.factwire.corpus.CorpusDao;
import io.factwire.corpus.CorpusService;
import io.factwire.extract.ExtractionBudget;
import io.factwire.extract.Extractor;
import io.factwire.feed.FeedImporter;
import io.factwire.feed.ImportController;
import io.factwire.ops.Metrics;
import io.factwire.ops.RequestIds;
import io.factwire.search.SearchController;
import io.factwire.search.SearchDao;
import io.factwire.search.SearchService;
import io.factwire.store.Database;
import io.factwire.web.ApiKeyAuth;
import io.factwire.web.ConditionalWrites;
import io.factwire.web.Cors;
import io.factwire.web.ErrorHandlers;
import io.factwire.web.ExtractionLimits;
import io.factwire.web.HeaderDeadline;
import io.factwire.web.HealthController;
import io.factwire.web.HttpCaching;
import io.factwire.web.Links;
import io.factwire.web.OpenApiController;
import io.factwire.web.PagesController;
import io.factwire.web.RateLimiter;
import io.factwire.web.RequestGuards;
import io.factwire.web.ResponseCache;
import io.factwire.web.RouteRules;
import io.factwire.web.TransportProblems;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole application wired together; {@link Main} and the tests both build it with {@link #create}. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final AppConfig config;
    private final Javalin server;
    private final ArticleImporter importer;
    private final FeedImporter feeds;
    private final Upkeep upkeep;
    private final List<String> routes;
    private final ExternalWrites externalWrites;
    private final HeaderDeadline headerDeadline;
    private final ExecutorService importExtractors;
    private final IngestCommand.Archive archive;

    private App(
            AppConfig config,
            Javalin server,
            ArticleImporter importer,
            FeedImporter feeds,
            Upkeep upkeep,
            List<String> routes,
            ExternalWrites externalWrites,
            HeaderDeadline headerDeadline,
            ExecutorService importExtractors,
            IngestCommand.Archive archive) {
        this.config = config;
        this.server = server;
        this.importer = importer;
        this.feeds = feeds;
        this.upkeep = upkeep;
        this.routes = routes;
        this.externalWrites = externalWrites;
        this.headerDeadline = headerDeadline;
        this.importExtractors = importExtractors;
        this.archive = archive;
    }

    /** Opens (and migrates) the database and builds the HTTP server without starting it. */
    public static App create(AppConfig config) {
        ObjectMapper mapper = objectMapper();
        Database db = Database.open(config.database(), config.requestTimeoutSeconds(), config.durableSync());
        ResponseCache cache = new ResponseCache(config.cacheMaxBytes());
        db.onWrites(cache::beginWrite, cache::endWrite);
        HttpCaching caching = new HttpCaching(cache, mapper, config.cacheControl());
        Metrics metrics = new Metrics();
        metrics.watch(cache);
        metrics.watch(db);
        Duration extractTimeout = Duration.ofMillis(config.extractTimeoutMs());
        LazyExtractor extractor = new LazyExtractor(metrics::extracted);
        ArticleService articles = new ArticleService(
                db.reads().onDemand(ArticleDao.class),
                db.reads().onDemand(ArticleListDao.class),
                db.writes().onDemand(ArticleDao.class),
                extractor,
                Clock.systemUTC(),
                cache::invalidate,
                () -> ExtractionBudget.of(extractTimeout));
        ExtractionLimits extractionLimits =
                new ExtractionLimits(extractTimeout, Runtime.getRuntime().availableProcessors(), extractor::get);
        ChangeService changes = new ChangeService(db.reads().onDemand(ChangeDao.class));
        ArticleInput input = new ArticleInput(mapper, config.maxTextChars());
        FeedImporter feeds = new FeedImporter(articles, input);
        // NDJSON imports share one extractor per core, whatever the number of imports at once
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService importExtractors = Executors.newFixedThreadPool(cores, work -> {
            Thread t = new Thread(work, "import-extractor");
            t.setDaemon(true);
            return t;
        });
        List<String> routes = new CopyOnWriteArrayList<>();
        HeaderDeadline headerDeadline = new HeaderDeadline(Duration.ofSeconds(config.requestTimeoutSeconds()));
        ArticleImporter importer = new ArticleImporter(articles, input);
        Upkeep upkeep = new Upkeep(
                articles,
                importer,
                config.dataDir(),
                (outcome, count) -> metrics.ingested("directory", outcome.name().toLowerCase(Locale.ROOT), count));
        Javalin server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxPageBytes());
            // a client that stops sending or reading for this long is dropped (slow-client protection); the
            // connector's own idle timeout is what counts, so the server makes its connector itself
            long idleMillis = config.requestTimeoutSeconds() * 1000L;
            javalin.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(idleMillis));
            javalin.jetty.addConnector((jetty, http) -> {
                ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
                connector.setPort(config.port());
                connector.setHost(config.host()); // null: every interface
                connector.setIdleTimeout(idleMillis);
                return connector;
            });
            // errors Jetty answers itself, before any route runs, in the same problem+json
            TransportProblems transportProblems = new TransportProblems(mapper);
            javalin.jetty.modifyServer(jetty -> {
                jetty.setErrorHandler(transportProblems);
                headerDeadline.watch(jetty);
            });
            javalin.jetty.modifyServletContextHandler(context -> context.setErrorHandler(transportProblems));
            javalin.jsonMapper(new JavalinJackson(mapper, false));
            javalin.events.handlerAdded(h -> {
                // HEAD mirrors every GET (see HttpCaching); the contract says so once instead of per path
                if (h.getHttpMethod().isHttpMethod() && h.getHttpMethod() != HandlerType.HEAD) {
                    routes.add(h.getHttpMethod().name() + " " + h.getPath());
                }
            });
            javalin.requestLogger.http((ctx, ms) -> {
                metrics.requestDone(ctx, ms);
                logRequest(ctx, ms);
                RequestIds.clear();
            });
            ErrorHandlers.register(
                    javalin,
                    mapper,
                    Math.max(config.maxBodyBytes(), config.maxPageBytes()),
                    config.requestTimeoutSeconds());
            RequestIds.routes(javalin.routes);
            new Links(config.publicUrl(), config.trustProxy()).routes(javalin.routes);
            new Cors(config.corsReadOrigins(), config.corsWriteOrigins()).routes(javalin.routes);
            new RequestGuards(config.maxBodyBytes(), config.maxPageBytes(), config.maxImportBytes())
                    .routes(javalin.routes);
            // after CORS, so a 429 reaches the page that caused it
            new RateLimiter(config.rateLimit(), config.rateLimitLoopback(), Clock.systemUTC()).routes(javalin.routes);
            new RateLimiter(config.extractRateLimit(), "/v1/extract", config.rateLimitLoopback(), Clock.systemUTC())
                    .routes(javalin.routes);
            new RouteRules(() -> routes).routes(javalin.routes);
            new ArticleController(
                            articles,
                            input,
                            new ApiKeyAuth(config.apiKeys()),
                            caching,
                            new ConditionalWrites(mapper, config.requireIfMatch()),
                            extractionLimits)
                    .routes(javalin.routes);
            new ImportController(
                            new ApiKeyAuth(config.apiKeys()),
                            feeds,
                            new NdjsonImport(articles, input, importExtractors, cores, (int)
                                    Math.min(Integer.MAX_VALUE, config.maxBodyBytes())),
                            mapper,
                            config.maxImportBytes())
                    .routes(javalin.routes);
            new ChangeController(changes).routes(javalin.routes, caching);
            new CorpusController(new CorpusService(db.reads().onDemand(CorpusDao.class)))
                    .routes(javalin.routes, caching);
            new SearchController(new SearchService(db.reads().onDemand(SearchDao.class)))
                    .routes(javalin.routes, caching);
            new OpenApiController().routes(javalin.routes, caching);
            metrics.routes(javalin.routes);
            new HealthController(articles::count, Extractor.VERSION, db.schemaVersion(), upkeep::progress)
                    .routes(javalin.routes, caching);
            if (config.pages()) {
                new PagesController().routes(javalin.routes, caching);
            }
        });
        return new App(
                config,
                server,
                importer,
                feeds,
                upkeep,
                routes,
                new ExternalWrites(changes::latestSequence, cache::invalidate),
                headerDeadline,
                importExtractors,
                new IngestCommand.Archive() {
                    @Override
                    public long storedArticles() {
                        return articles.count();
                    }

                    @Override
                    public void pack() {
                        db.pack();
                    }
                });
    }

    /**
     * Starts serving, then brings stored articles up to date in the background (data-directory changes, then a
     * newer extractor), so the first answer does not wait for work that grows with the archive.
     */
    public App start() {
        server.start(config.port());
        externalWrites.start();
        upkeep.start();
        LOG.info(
                "Factwire listening on {} port {} (database {})",
                config.host() == null ? "all interfaces" : config.host(),
                server.port(),
                config.database());
        return this;
    }

    /** Waits for the start's background work (tests, tools); false when {@code seconds} passed first. */
    public boolean awaitUpkeep(long seconds) throws InterruptedException {
        return upkeep.await(seconds);
    }

    public void stop() {
        upkeep.stop();
        externalWrites.stop();
        headerDeadline.close();
        server.stop();
        importExtractors.shutdownNow();
    }

    /** The port actually bound, useful with port 0. */
    public int port() {
        return server.port();
    }

    public ArticleImporter importer() {
        return importer;
    }

    /** The stored archive as the {@code ingest} command sees it: how many articles, and packing the file. */
    public IngestCommand.Archive archive() {
        return archive;
    }

    /** Stores feeds, one article per item: for the {@code ingest} command. */
    public FeedImporter feeds() {
        return feeds;
    }

    /** Every routed "METHOD /path", as registered. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /** Writes and failures at INFO; successful reads at DEBUG, since a busy server answers thousands a second. */
    private static void logRequest(Context ctx, Float ms) {
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        if (!read || ctx.statusCode() >= 400) {
            LOG.info("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
        }
    }

    private static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
