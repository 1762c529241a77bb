package io.factwire.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text arrives intact or is refused: no silent '?' for broken Unicode, one rule for control characters. */
class TextIntegrityApiTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"\\udc00", "\\ud800", "\\udc00\\ud800", "\\ud83d x"})
    void anUnpairedSurrogateInTheTextIsA400NamingTheMemberAndStoresNothing(String escape) {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            server.postJson("/v1/articles", "{\"text\": \"Title\\n\\nBroken " + escape + " here.\"}")
                    .assertProblem(400, "text");
            server.postJson("/v1/articles", "{\"text\": \"Title\\n\\nFine.\", \"source\": \"Desk " + escape + "\"}")
                    .assertProblem(400, "source");
            assertThat(server.get("/v1/articles").json().get("items")).isEmpty();
        }
    }

    @Test
    void aRealQuestionMarkIsNotTakenForABrokenCharacter() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            server.postJson("/v1/articles", "{\"text\": \"Title\\n\\nWhy \\udc00 now.\"}")
                    .assertProblem(400, "text");
            assertThat(server.postJson("/v1/articles", "{\"text\": \"Title\\n\\nWhy ? now.\"}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void aValidPairAndEmojiAreKeptExactly() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            JsonNode article = server.postJson(
                            "/v1/articles", "{\"text\": \"Title\\n\\nFlag \\ud83c\\uddfa\\ud83c\\udde6 and 🎉 stay.\"}")
                    .json();
            assertThat(article.get("body").asText()).isEqualTo("Flag 🇺🇦 and 🎉 stay.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085"})
    void controlCharactersOtherThanTabAndLineBreaksAreA400(String escape) {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            JsonNode problem = server.postJson("/v1/articles", "{\"text\": \"Title\\n\\nA" + escape + "B.\"}")
                    .assertProblem(400, "text");
            assertThat(problem.get("detail").asText()).contains("control character");
        }
    }

    @Test
    void tabsFormFeedsAndLineBreaksAreText() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            assertThat(server.postJson("/v1/articles", "{\"text\": \"Title\\r\\n\\r\\nA\\tB\\fC.\"}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void invalidUtf8InTheBodyIsA400() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            byte[] prefix = "{\"text\": \"Title\\n\\nBad ".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[prefix.length + 4];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            body[prefix.length] = (byte) 0xC3; // a lead byte without its continuation
            body[prefix.length + 1] = '.';
            body[prefix.length + 2] = '"';
            body[prefix.length + 3] = '}';
            server.post(
                            "/v1/articles",
                            body,
                            "Content-Type",
                            "application/json",
                            "Authorization",
                            "Bearer " + TestServer.API_KEY)
                    .assertProblem(400, "body");
        }
    }

    @Test
    void aMemberNameThatIsNotValidTextIsA400NotA500() {
        try (TestServer server = TestServer.start(TestServer.config(dir))) {
            server.postJson("/v1/articles", "{\"text\": \"Title\\n\\nOk.\", \"\\udc00\": 1}")
                    .assertProblem(400, "body");
        }
    }
}
