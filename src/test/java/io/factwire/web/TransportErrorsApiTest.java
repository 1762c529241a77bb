package io.factwire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests Jetty refuses before any route runs, sent as raw bytes: each is answered in the one problem+json
 * format with the right status, never an HTML page or a stack trace; slow and oversized clients are cut off.
 */
class TransportErrorsApiTest {
    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.config(dir, Map.of("FACTWIRE_REQUEST_TIMEOUT_SECONDS", "2")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed chunked body | 400 | POST /v1/extract HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\nabc\\r\\n0\\r\\n\\r\\n",
                "bad escape in the path | 400 | GET /v1/articles/%zz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
                "NUL in the path | 400 | GET /v1/articles/a%00b HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
                "negative Content-Length | 400 | POST /v1/extract HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: -5\\r\\n\\r\\n",
                "non-numeric Content-Length | 400 | POST /v1/extract HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: abc\\r\\n\\r\\n",
                "Content-Length with Transfer-Encoding | 400 | POST /v1/extract HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 5\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n0\\r\\n\\r\\n",
                "no Host | 400 | GET /health HTTP/1.1\\r\\n\\r\\n",
                "HTTP/0.9 | 505 | GET /health\\r\\n\\r\\n",
                "unknown HTTP version | 505 | GET /health HTTP/3.0\\r\\nHost: x\\r\\n\\r\\n",
                "control character in the method | 400 | FO\\u0001O / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
                "dot segments above the root | 400 | GET /v1/../../etc/passwd HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
                "declared 10 GB body | 413 | POST /v1/extract HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nContent-Length: 10000000000\\r\\n\\r\\n{",
            })
    void aRequestJettyRefusesIsAnsweredAsProblemJson(String name, int status, String request) throws IOException {
        assertProblem(send(unescape(request)), status);
    }

    @Test
    void aPathOf100KilobytesIs414() throws IOException {
        assertProblem(send("GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
        assertProblem(send("GET /v1/articles?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
    }

    @Test
    void headersOf100KilobytesAre431() throws IOException {
        assertProblem(send("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000) + "\r\n\r\n"), 431);
    }

    @Test
    void aBrokenEscapeInAQueryParameterIsA400NamingIt() throws IOException {
        for (String[] c :
                new String[][] {{"/v1/quotes?speaker=%zz", "speaker"}, {"/v1/articles?limit=5&sort=%4", "sort"}}) {
            String answer = send("GET " + c[0] + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertProblem(answer, 400);
            assertThat(TestServer.JSON
                            .readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4))
                            .get("parameter")
                            .asText())
                    .isEqualTo(c[1]);
        }
    }

    @Test
    void anIdleConnectionIsClosedAfterTheRequestTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
            socket.setSoTimeout(15_000);
            long started = System.nanoTime();
            assertThat(socket.getInputStream().read())
                    .as("closed by the server")
                    .isEqualTo(-1);
            assertThat((System.nanoTime() - started) / 1_000_000).isBetween(1_000L, 10_000L);
        }
    }

    @Test
    void aClientTricklingItsHeadersIsDroppedAtTheHeaderDeadline() throws Exception {
        byte[] request = ("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(100) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long started = System.nanoTime();
        boolean dropped = false;
        try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
            OutputStream out = socket.getOutputStream();
            for (byte b : request) {
                out.write(b);
                out.flush();
                Thread.sleep(250); // never idle for the 2 s idle timeout, yet 30 s for the whole request
                if ((System.nanoTime() - started) / 1_000_000_000L > 15) {
                    break;
                }
            }
        } catch (IOException e) {
            dropped = true;
        }
        assertThat(dropped).as("the server closed the connection").isTrue();
        assertThat((System.nanoTime() - started) / 1_000_000_000L).isLessThan(15);
    }

    private static void assertProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).contains("content-type: application/problem+json");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        JsonNode problem;
        try {
            problem = TestServer.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("detail").asText())
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    /** Sends raw bytes and reads the answer's head and body (until Content-Length, or the connection's end). */
    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    got.write(buffer, 0, n);
                    if (complete(got.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // what came is what we judge
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : answer.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return answer.length() - end - 4
                        >= Integer.parseInt(line.substring(15).strip());
            }
        }
        return false;
    }

    private static String unescape(String csv) {
        return csv.replace("\\r", "\r").replace("\\n", "\n").replace("\\u0001", "\u0001");
    }
}
