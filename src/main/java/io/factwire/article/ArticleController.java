package io.factwire.article;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.factwire.InvalidInputException;
import io.factwire.article.ArticleService.Ingested;
import io.factwire.web.ApiKeyAuth;
import io.factwire.web.ConditionalWrites;
import io.factwire.web.ExtractionLimits;
import io.factwire.web.Fields;
import io.factwire.web.HttpCaching;
import io.factwire.web.Links;
import io.factwire.web.Params;
import io.factwire.web.ProblemException;
import io.factwire.web.ProblemType;
import io.factwire.web.Representation;
import io.factwire.web.RequestGuards;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The HTTP face of articles, {@code /v1/articles…}: reads parameters, calls {@link ArticleService}, writes JSON. */
public final class ArticleController {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final String EXPORT_MEDIA_TYPE = "application/x-ndjson";

    private final ArticleService articles;
    private final ArticleInput input;
    private final ApiKeyAuth auth;
    private final HttpCaching caching;
    private final ConditionalWrites conditional;
    private final ExtractionLimits limits;

    public ArticleController(
            ArticleService articles,
            ArticleInput input,
            ApiKeyAuth auth,
            HttpCaching caching,
            ConditionalWrites conditional,
            ExtractionLimits limits) {
        this.articles = articles;
        this.input = input;
        this.auth = auth;
        this.caching = caching;
        this.conditional = conditional;
        this.limits = limits;
    }

    public void routes(RoutesConfig routes) {
        caching.cached(routes, "/v1/articles", this::list);
        routes.post("/v1/articles", auth.writer(this::create));
        routes.post("/v1/extract", this::extract);
        caching.cached(
                routes,
                "/v1/articles/{id}",
                this::get,
                ctx -> ArticleJsonLd.wanted(ctx.header("Accept")) ? ArticleJsonLd.MEDIA_TYPE : Representation.JSON);
        routes.get("/v1/export", this::export);
        routes.head("/v1/export", this::exportHead);
        routes.put("/v1/articles/{id}", auth.writer(this::replace));
        routes.delete("/v1/articles/{id}", auth.writer(this::delete));
        caching.cached(routes, "/v1/articles/{id}/sections", this::sections);
        caching.cached(routes, "/v1/articles/{id}/sections/{index}", this::section);
        caching.cached(routes, "/v1/articles/{id}/quotes", this::quotes);
        caching.cached(routes, "/v1/articles/{id}/facts", this::facts);
    }

    private Representation list(Context ctx) {
        int limit = Params.queryInt(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Set<String> fields = Fields.fromQuery(ctx, ArticleSummary.class);
        String sortId = ctx.queryParamAsClass("sort", String.class).getOrDefault(ArticleSort.STORED.id());
        ArticleSort sort = ArticleSort.fromId(sortId)
                .orElseThrow(() -> new InvalidInputException(
                        "sort",
                        "Parameter 'sort' must be one of "
                                + Arrays.stream(ArticleSort.values())
                                        .map(ArticleSort::id)
                                        .collect(Collectors.joining(", "))
                                + ", not '" + sortId + "'."));
        ArticlePage page = articles.list(filterFromQuery(ctx), sort, limit, ctx.queryParam("cursor"));
        Representation answer = Representation.json(page).withItemFields(fields);
        return page.next() == null ? answer : answer.withHeader("Link", Params.nextLink(ctx, "cursor", page.next()));
    }

    /** 201 with the new article; 200 with the stored one when the same text was posted before. */
    private void create(Context ctx) {
        NewArticle article = fromBody(ctx);
        Ingested ingested = limits.run(ctx, budget -> articles.ingest(article, budget));
        ctx.header("Location", Links.absolute(ctx, ingested.article().links().self()));
        conditional.answer(ctx, ingested.created() ? HttpStatus.CREATED : HttpStatus.OK, ingested.article());
    }

    /** The article a POST would store, extracted and answered but not stored; no key needed. */
    private void extract(Context ctx) {
        NewArticle article = fromBody(ctx);
        boolean explain = Params.queryFlag(ctx, "explain");
        ctx.json(limits.runInSlot(ctx, budget -> articles.extract(article, budget, explain)));
    }

    /**
     * The article a POST sends: JSON ({@code text} or {@code html} with metadata), or a web page as it is
     * ({@code text/html}, its address in {@code ?url=}, its charset from the header, the page or UTF-8).
     */
    private NewArticle fromBody(Context ctx) {
        if (isHtml(ctx.contentType())) {
            return input.fromHtml(RequestGuards.body(ctx), ctx.contentType(), Params.queryText(ctx, "url"));
        }
        return input.fromRequest(jsonBody(ctx));
    }

    static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    private void replace(Context ctx) {
        Precondition precondition = precondition(ctx);
        byte[] body = jsonBody(ctx);
        // The service gives the replacement its own budget (the same timeout); a spent one is the same 422.
        ArticleView replaced = limits.run(
                        ctx,
                        budget -> articles.replace(
                                ctx.pathParam("id"), current -> input.merge(body, current), precondition))
                .article();
        conditional.answer(ctx, HttpStatus.OK, replaced);
    }

    private void delete(Context ctx) {
        articles.delete(ctx.pathParam("id"), precondition(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** If-Match / If-Unmodified-Since, tested against the whole article as a GET would serve it. */
    private Precondition precondition(Context ctx) {
        ConditionalWrites.Condition condition = conditional.of(ctx);
        return condition == null ? Precondition.NONE : current -> condition.holds(current, current.updatedAt());
    }

    private static byte[] jsonBody(Context ctx) {
        if (!isJson(ctx.contentType())) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the article as application/json (or a page as text/html), not "
                            + (ctx.contentType() == null ? "no content type" : "'" + ctx.contentType() + "'") + ".");
        }
        return RequestGuards.body(ctx);
    }

    /**
     * The article filter from {@code publishedFrom}, {@code publishedTo}, {@code speaker}, {@code factType} and
     * {@code source}.
     */
    public static ArticleFilter filterFromQuery(Context ctx) {
        ArticleFilter filter = new ArticleFilter(
                Params.queryDate(ctx, "publishedFrom"),
                Params.queryDate(ctx, "publishedTo"),
                Params.queryText(ctx, "speaker"),
                Params.factTypes(ctx, "factType"),
                Params.queryText(ctx, "source"),
                Params.queryText(ctx, "author"),
                Params.queryText(ctx, "tag"),
                Params.queryText(ctx, "lang"));
        if (filter.publishedFrom() != null
                && filter.publishedTo() != null
                && filter.publishedFrom().isAfter(filter.publishedTo())) {
            throw new InvalidInputException("publishedTo", "Parameter 'publishedTo' is before 'publishedFrom'.");
        }
        return filter;
    }

    private Representation get(Context ctx) {
        Set<String> fields = Fields.fromQuery(ctx, ArticleView.class);
        ArticleView article = articles.get(ctx.pathParam("id"), Params.queryFlag(ctx, "explain"));
        if (ArticleJsonLd.wanted(ctx.header("Accept"))) {
            if (fields != null) {
                throw new InvalidInputException(
                        "fields", "Parameter 'fields' selects members of the JSON form, " + "not of JSON-LD.");
            }
            return Representation.of(ArticleJsonLd.of(article, Links.base(ctx)), ArticleJsonLd.MEDIA_TYPE)
                    .withLastModified(article.updatedAt());
        }
        return Representation.json(article).withFields(fields).withLastModified(article.updatedAt());
    }

    /**
     * Every article, whole, one JSON document a line, streamed as it is read: memory stays flat however many
     * articles there are. Not cached and without an ETag, since the bytes are not known before they are sent.
     */
    private void export(Context ctx) throws IOException {
        exportHead(ctx);
        OutputStream out = ctx.outputStream();
        ObjectWriter writer = Links.writer(((JavalinJackson) ctx.jsonMapper()).getMapper(), ctx)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        articles.forEachArticle(article -> {
            try {
                writer.writeValue(out, article);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void exportHead(Context ctx) {
        ctx.contentType(EXPORT_MEDIA_TYPE).header("Cache-Control", "no-store");
    }

    private Representation sections(Context ctx) {
        return dated(articles.sections(ctx.pathParam("id")), Items::new);
    }

    private Representation section(Context ctx) {
        int index = Params.pathInt(ctx, "index", 0, Integer.MAX_VALUE);
        return dated(articles.section(ctx.pathParam("id"), index), s -> s);
    }

    private Representation quotes(Context ctx) {
        return dated(
                articles.quotes(
                        ctx.pathParam("id"),
                        Params.queryText(ctx, "speaker"),
                        Params.queryBoolean(ctx, "fragment"),
                        Params.queryFlag(ctx, "explain")),
                Items::new);
    }

    private Representation facts(Context ctx) {
        return dated(
                articles.facts(ctx.pathParam("id"), Params.factTypes(ctx, "type"), Params.queryFlag(ctx, "explain")),
                Items::new);
    }

    private static <T> Representation dated(Dated<T> part, Function<T, Object> body) {
        return Representation.json(body.apply(part.value())).withLastModified(part.updatedAt());
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }
}
