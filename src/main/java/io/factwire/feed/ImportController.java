package io.factwire.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.article.IngestPipeline.Outcome;
import io.factwire.article.NdjsonImport;
import io.factwire.web.ApiKeyAuth;
import io.factwire.web.ProblemException;
import io.factwire.web.ProblemType;
import io.factwire.web.RequestGuards;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/import}: many articles in one request. Each media type has its reader; feeds (RSS, Atom, JSON
 * Feed) store one article per item, NDJSON ({@code application/x-ndjson}) one per line, streamed both ways:
 * lines are stored as they arrive and the answer lists each one's outcome as it is stored. Another bulk format
 * is one more entry in {@link #formats}.
 */
public final class ImportController {
    static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);

    private final ApiKeyAuth auth;
    private final Map<String, Function<byte[], Object>> formats;
    private final NdjsonImport lines;
    private final ObjectMapper mapper;
    private final long maxImportBytes;

    public ImportController(
            ApiKeyAuth auth, FeedImporter feeds, NdjsonImport lines, ObjectMapper mapper, long maxImportBytes) {
        this.auth = auth;
        this.lines = lines;
        this.mapper = mapper;
        this.maxImportBytes = maxImportBytes;
        this.formats = Map.of(
                "application/rss+xml", feeds::importFeed,
                "application/atom+xml", feeds::importFeed,
                "application/feed+json", feeds::importFeed);
    }

    public void routes(RoutesConfig routes) {
        routes.post("/v1/import", auth.writer(this::importBody));
    }

    private void importBody(Context ctx) throws IOException {
        String type = ctx.contentType() == null
                ? ""
                : ctx.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals(NDJSON)) {
            importLines(ctx);
            return;
        }
        Function<byte[], Object> format = formats.get(type);
        if (format == null) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send a feed as application/rss+xml, "
                            + "application/atom+xml or application/feed+json, or articles as " + NDJSON + ", not "
                            + (type.isEmpty() ? "no content type" : "'" + type + "'") + ".");
        }
        ctx.json(format.apply(RequestGuards.body(ctx)));
    }

    /**
     * The answer has the feed import's shape, written as the lines are stored: {@code {"items": [{"index",
     * "line", "title", "url", "outcome", "id", "error"}, …], "created", "exists", "failed"}}. Once it has begun
     * it is a 200; a line that fails says why in its item.
     */
    private void importLines(Context ctx) throws IOException {
        ctx.status(200).contentType("application/json");
        int[] counts = new int[3];
        try (JsonGenerator json = mapper.getFactory().createGenerator(ctx.outputStream())) {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            try {
                lines.run(ctx.req().getInputStream(), maxImportBytes, (line, outcome) -> {
                    write(json, line, outcome);
                    counts[outcome.failed() ? 2 : outcome.created() ? 0 : 1]++;
                });
            } catch (Exception e) {
                // The answer has begun: it is left unfinished (not valid JSON) so the client sees it broke off.
                LOG.warn("NDJSON import stopped after {} lines: {}", counts[0] + counts[1] + counts[2], e.toString());
                json.flush();
                return;
            }
            json.writeEndArray();
            json.writeNumberField("created", counts[0]);
            json.writeNumberField("exists", counts[1]);
            json.writeNumberField("failed", counts[2]);
            json.writeEndObject();
        }
    }

    private static void write(JsonGenerator json, NdjsonImport.Line line, Outcome outcome) throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", line.number() - 1);
        json.writeNumberField("line", line.number());
        json.writeStringField("title", outcome.title());
        json.writeStringField("url", outcome.url());
        json.writeStringField("outcome", outcome.failed() ? "failed" : outcome.created() ? "created" : "exists");
        json.writeStringField("id", outcome.id());
        json.writeStringField("error", outcome.error());
        json.writeEndObject();
    }
}
