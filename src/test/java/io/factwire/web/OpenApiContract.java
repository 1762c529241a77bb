package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The contract, {@code openapi.yaml} from the classpath, as the tests use it: which operations exist, and
 * whether an answer the server gave is one the contract allows (documented status, media type, required
 * headers, and a body valid against the referenced schema).
 */
public final class OpenApiContract {
    private static final String SPEC = "openapi.yaml";

    private final String yaml;
    private final SwaggerParseResult parsed;
    private final OpenAPI api;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private final Map<String, Schema> schemaCache = new ConcurrentHashMap<>();

    public OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(SPEC)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(false); // keep $refs: they name the schema to validate against
        parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        api = parsed.getOpenAPI();
    }

    public String yaml() {
        return yaml;
    }

    public SwaggerParseResult parseResult() {
        return parsed;
    }

    public OpenAPI api() {
        return api;
    }

    /** Every operation as "METHOD /path". */
    public Set<String> operations() {
        Set<String> ops = new TreeSet<>();
        api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().keySet().forEach(method -> ops.add(method.name() + " " + path)));
        return ops;
    }

    /** Errors of {@code json} against component schema {@code ref} ({@code #/components/schemas/X}). */
    public List<Error> validate(String ref, String json) {
        Schema schema =
                schemaCache.computeIfAbsent(ref, r -> schemas.getSchema(SchemaLocation.of("classpath:" + SPEC + r)));
        return schema.validate(json, InputFormat.JSON);
    }

    /** Fails unless the contract allows this answer to this request. */
    public void check(String method, String path, int status, HttpHeaders headers, String body) {
        if (method.equals("OPTIONS")) {
            // CORS preflights: machinery the contract describes once, in its introduction
            if (status == 204) {
                assertThat(headers.firstValue("Access-Control-Allow-Origin"))
                        .as("preflight " + path)
                        .isPresent();
            } else {
                checkBody("OPTIONS " + path + " -> " + status, "#/components/schemas/Problem", body);
            }
        } else if (method.equals("HEAD")) {
            // a HEAD answers as the GET would, without the body: check the status and headers as for GET
            assertThat(body).as("HEAD " + path + " has no body").isEmpty();
            checkAnswer("GET", path, status, headers, body, false);
        } else {
            checkAnswer(method, path, status, headers, body, true);
        }
    }

    private void checkAnswer(
            String method, String path, int status, HttpHeaders headers, String body, boolean withBody) {
        String what = method + " " + path + " -> " + status;
        Optional<Map.Entry<String, PathItem>> item = api.getPaths().entrySet().stream()
                .filter(e -> template(e.getKey()).matcher(path).matches())
                .findFirst();
        Operation operation = item.map(e -> e.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method)))
                .orElse(null);
        if (operation == null) {
            // a path in the contract with another method is a 405 with Allow; any other path a 404 problem
            if (item.isPresent()) {
                assertThat(status).as(what + " (method not in the contract)").isEqualTo(405);
                assertThat(headers.firstValue("Allow")).as(what + ": Allow").isPresent();
            } else {
                assertThat(status).as(what + " (not in the contract)").isEqualTo(404);
            }
            if (withBody) {
                checkBody(what, "#/components/schemas/Problem", body);
            }
            return;
        }
        ApiResponse documented = operation.getResponses().get(String.valueOf(status));
        assertThat(documented).as(what + ": status not documented").isNotNull();
        documented = resolve(documented);
        for (Map.Entry<String, Header> header : headers(documented).entrySet()) {
            if (Boolean.TRUE.equals(header.getValue().getRequired())) {
                assertThat(headers.firstValue(header.getKey()))
                        .as(what + ": required header " + header.getKey())
                        .isPresent();
            }
        }
        if (status == 304) {
            assertThat(body).as(what + ": a 304 has no body").isEmpty();
            assertThat(headers.firstValue("Content-Type"))
                    .as(what + ": a 304 has no Content-Type")
                    .isEmpty();
            assertThat(headers.firstValue("Content-Length"))
                    .as(what + ": a 304 has no Content-Length")
                    .isEmpty();
            return;
        }
        if (documented.getContent() == null) {
            assertThat(body).as(what + ": documented without a body").isEmpty();
            return;
        }
        String mediaType = headers.firstValue("Content-Type")
                .orElse("")
                .split(";", 2)[0]
                .strip()
                .toLowerCase(Locale.ROOT);
        MediaType content =
                documented.getContent() == null ? null : documented.getContent().get(mediaType);
        assertThat(content)
                .as(what + ": media type '" + mediaType + "' not documented")
                .isNotNull();
        if (withBody && (mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            String ref = content.getSchema().get$ref();
            assertThat(ref)
                    .as(what + ": JSON bodies are described by a components schema")
                    .isNotNull();
            checkBody(what, ref, body);
        }
    }

    /** The schema ref of the answer the contract gives {@code method path} for {@code status} as {@code mediaType}. */
    public Optional<String> responseSchema(String method, String path, int status, String mediaType) {
        return operation(method, path)
                .map(op -> op.getResponses().get(String.valueOf(status)))
                .map(this::resolve)
                .map(ApiResponse::getContent)
                .map(content -> content.get(mediaType))
                .map(media -> media.getSchema().get$ref());
    }

    /** The schema ref of the JSON body {@code method path} takes. */
    public Optional<String> requestSchema(String method, String path) {
        return operation(method, path)
                .map(Operation::getRequestBody)
                .map(body -> body.getContent())
                .map(content -> content.get("application/json"))
                .map(media -> media.getSchema().get$ref());
    }

    private Optional<Operation> operation(String method, String path) {
        return api.getPaths().entrySet().stream()
                .filter(e -> template(e.getKey()).matcher(path).matches())
                .map(e -> e.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method)))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private void checkBody(String what, String ref, String body) {
        assertThat(validate(ref, body))
                .as(what + ": body against " + ref + "\n" + body)
                .isEmpty();
    }

    private ApiResponse resolve(ApiResponse response) {
        String ref = response.get$ref();
        return ref == null ? response : api.getComponents().getResponses().get(lastSegment(ref));
    }

    private Map<String, Header> headers(ApiResponse response) {
        if (response.getHeaders() == null) {
            return Map.of();
        }
        Map<String, Header> headers = new HashMap<>();
        response.getHeaders()
                .forEach((name, header) -> headers.put(
                        name,
                        header.get$ref() == null
                                ? header
                                : api.getComponents().getHeaders().get(lastSegment(header.get$ref()))));
        return headers;
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** {@code /v1/articles/{id}} → a pattern matching {@code /v1/articles/} and one segment. */
    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
