package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factwire.TestServer;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that hangs up while its text is being extracted stops the extraction; it does not run to its end. */
class ClientWatchApiTest {
    private static final Pattern EXTRACT_ANSWERS = Pattern.compile(
            "http_server_requests_seconds_count\\{method=\"POST\",route=\"/v1/extract\",status=\"(\\d+)\"} (\\d+)");

    @TempDir
    Path dir;

    @Test
    void anExtractionWhoseClientHangsUpIsCancelledNotFinished() throws Exception {
        // a deadline far beyond how long the text takes, so only the hang-up can stop it early
        try (TestServer server = TestServer.start(TestServer.config(
                dir,
                Map.of(
                        "FACTWIRE_EXTRACT_TIMEOUT_MS",
                        "600000",
                        "FACTWIRE_MAX_TEXT_CHARS",
                        "5000000",
                        "FACTWIRE_MAX_BODY_BYTES",
                        "20000000")))) {
            byte[] body = ("{\"text\": \"Long Story\\n\\n" + longText() + "\"}").getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                + "Content-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                Thread.sleep(300); // the extraction is under way
            }
            String answered = null;
            for (int i = 0; i < 600 && answered == null; i++) {
                Matcher m = EXTRACT_ANSWERS.matcher(server.get("/metrics").body());
                if (m.find()) {
                    answered = m.group(1);
                }
                Thread.sleep(100);
            }
            assertThat(answered)
                    .as("the extraction ended as cancelled (422), not finished (200)")
                    .isEqualTo("422");
        }
    }

    /** About 1.6 million characters of names, quotes and numbers: seconds of extraction. */
    private static String longText() {
        String[] words = {
            "Talmar",
            "Orvena",
            "said",
            "the",
            "minister",
            "\\u201cWe",
            "will",
            "hold\\u201d",
            "troops",
            "300",
            "on",
            "Friday",
            "Colonel",
            "Brask"
        };
        Random random = new Random(1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 250_000; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }
}
