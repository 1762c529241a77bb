package io.factwire.web;

import static io.factwire.TestServer.SEED_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.TestServer;
import io.factwire.TestServer.Response;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP as RFC 9110 says: 405 with Allow, 304 with the 200's headers, IMF-fixdate, Accept with q-values. */
class HttpSemanticsApiTest {
    static final String ARTICLE = "/v1/articles/" + SEED_ID;
    static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} "
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithSeed(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
        "PATCH, " + ARTICLE + ", 'GET, HEAD, PUT, DELETE'",
        "DELETE, /v1/articles, 'GET, HEAD, POST'",
        "POST, /health, 'GET, HEAD'",
        "PUT, /v1/extract, POST",
        "POST, /v1/articles/x/sections/1, 'GET, HEAD'"
    })
    void aKnownPathWithAnotherMethodIs405WithAllow(String method, String path, String allow) {
        Response response = server.send(method, path, HttpRequest.BodyPublishers.noBody(), "Accept", "text/html");
        response.assertProblem(405, null);
        assertThat(response.header("Allow")).isEqualTo(allow);
        assertThat(response.json().get("detail").asText()).contains(method).contains(allow);
    }

    @Test
    void anUnknownPathStays404WhateverTheMethod() {
        server.send("PATCH", "/v1/nothing", HttpRequest.BodyPublishers.noBody()).assertProblem(404, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/articles", ARTICLE, ARTICLE + "/quotes", "/v1/changes", "/v1/search?q=kim"})
    void a304CarriesThe200sHeadersAndNoBodyHeaders(String path) {
        Response ok = server.get(path, "Accept-Encoding", "gzip");
        Response notModified = server.get(path, "Accept-Encoding", "gzip", "If-None-Match", ok.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        for (String header : new String[] {"ETag", "Cache-Control", "Last-Modified", "Vary"}) {
            assertThat(notModified.header(header)).as(header).isEqualTo(ok.header(header));
        }
        assertThat(notModified.header("Vary")).isNotNull();
        assertThat(notModified.header("Content-Type")).isNull();
        assertThat(notModified.header("Content-Length")).isNull();
        assertThat(notModified.header("Content-Encoding")).isNull();
    }

    @Test
    void datesAreImfFixdateWithATwoDigitDay() {
        Response ok = server.get(ARTICLE);
        assertThat(ok.header("Last-Modified")).matches(IMF_FIXDATE);
        assertThat(ok.header("Date")).matches(IMF_FIXDATE);
        assertThat(PreparedResponse.httpDate("2026-12-02T08:09:10.123Z")).isEqualTo("Wed, 02 Dec 2026 08:09:10 GMT");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json;q=0.4, application/ld+json;q=0.9 | application/ld+json",
                "application/ld+json;q=0.2, */*;q=0.5 | application/json",
                "application/*;q=0.3, application/ld+json;q=0 | application/json",
                "application/ld+json, application/json | application/ld+json",
                "text/html, */*;q=0.1 | application/json",
                "application/ld+json;q=1.0, application/json;q=1 | application/ld+json"
            })
    void acceptQValuesPickTheArticlesForm(String accept, String expected) {
        Response response = server.get(ARTICLE, "Accept", accept);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/v1/articles | text/html",
                ARTICLE + " | application/json;q=0, " + "application/ld+json;q=0",
                "/openapi.yaml | application/json",
                "/health | image/*"
            })
    void nothingAcceptableIs406ProblemListingWhatIsOffered(String path, String accept) {
        Response response = server.get(path, "Accept", accept);
        response.assertProblem(406, null);
        assertThat(response.json().get("detail").asText()).contains("offers");
    }

    @Test
    void aRefused406WriteStoresNothing() {
        Response response = server.post(
                "/v1/articles",
                "{\"text\": \"Quiet Title\\n\\nA body.\"}".getBytes(),
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + TestServer.API_KEY,
                "Accept",
                "text/html");
        response.assertProblem(406, null);
        assertThat(server.get("/v1/articles").json().get("items")).hasSize(1);
    }
}
