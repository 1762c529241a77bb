package io.factwire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factwire.extract.Extractor;
import io.factwire.store.Database;
import io.factwire.web.OpenApiContract;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README cannot drift: every JSON answer and request body in its console examples is valid against the
 * contract, its version numbers are the code's, and every variable AppConfig reads is in its table.
 */
class ReadmeTest {
    private static final OpenApiContract CONTRACT = new OpenApiContract();
    private static final Pattern URL = Pattern.compile("localhost:7070(/[^\\s'\"]*)");
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private static final Pattern BODY = Pattern.compile("-d '(\\{.*?})'");

    /** One {@code $ command} of a console block and the lines it printed. */
    record Example(String command, List<String> output) {}

    static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        boolean console = false;
        StringBuilder command = null;
        List<String> output = null;
        for (String line : readme().split("\n")) {
            if (line.startsWith("```")) {
                if (console && command != null) {
                    examples.add(new Example(command.toString(), output));
                }
                console = line.equals("```console");
                command = null;
                continue;
            }
            if (!console) {
                continue;
            }
            if (line.startsWith("$ ")) {
                if (command != null) {
                    examples.add(new Example(command.toString(), output));
                }
                command = new StringBuilder(line.substring(2));
                output = new ArrayList<>();
            } else if (command != null && command.toString().endsWith("\\") && output.isEmpty()) {
                command.setLength(command.length() - 1);
                command.append(line.strip().isEmpty() ? "" : " " + line.strip());
            } else if (command != null) {
                output.add(line);
            }
        }
        return examples;
    }

    private static String method(String command) {
        Matcher explicit = Pattern.compile("-X (\\w+)").matcher(command);
        if (explicit.find()) {
            return explicit.group(1);
        }
        return command.contains(" -d ") ? "POST" : command.contains("curl -sI") ? "HEAD" : "GET";
    }

    @Test
    void everyJsonExampleIsValidAgainstTheContract() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Example example : examples()) {
            Matcher url = URL.matcher(example.command());
            if (!example.command().contains("curl") || !url.find()) {
                continue;
            }
            String path = URI.create("http://localhost" + url.group(1)).getPath();
            String method = method(example.command());
            Matcher body = BODY.matcher(example.command());
            if (body.find()) {
                String json = body.group(1).replace("\\n", "\\\\n");
                TestServer.JSON.readTree(json);
                Optional<String> schema = CONTRACT.requestSchema(method, path);
                assertThat(schema).as("request body of " + example.command()).isPresent();
                assertThat(CONTRACT.validate(schema.get(), json))
                        .as(example.command() + "\n" + json)
                        .isEmpty();
                checked.add("request " + method + " " + path);
            }
            int status = 200;
            for (String line : example.output()) {
                Matcher s = STATUS.matcher(line);
                if (s.find()) {
                    status = Integer.parseInt(s.group(1));
                }
                if (!line.startsWith("{")) {
                    continue;
                }
                if (line.endsWith("…")) {
                    continue; // cut short, as the README says; the rest of it was checked when it ran
                }
                JsonNode json = TestServer.JSON.readTree(line);
                if (example.command().contains("| jq")) {
                    continue; // a projection made by jq, not an answer
                }
                boolean problem = json.has("type") && json.get("type").asText().startsWith("urn:factwire:problem:");
                int answered = problem ? json.get("status").asInt() : status;
                String mediaType = problem ? "application/problem+json" : "application/json";
                // a method the path does not have is answered outside any operation: a 405 problem
                Optional<String> schema = CONTRACT.responseSchema(method, path, answered, mediaType)
                        .or(() -> problem && answered == 405
                                ? Optional.of("#/components/schemas/Problem")
                                : Optional.empty());
                assertThat(schema)
                        .as("documented answer for " + example.command())
                        .isPresent();
                assertThat(CONTRACT.validate(schema.get(), line))
                        .as(example.command() + "\n" + line)
                        .isEmpty();
                checked.add(method + " " + path + " " + answered);
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void versionNumbersInTheReadmeAreTheCodes() throws IOException {
        String readme = readme();
        Matcher extractor = Pattern.compile("\"extractorVersion\":(\\d+)").matcher(readme);
        int found = 0;
        while (extractor.find()) {
            assertThat(Integer.parseInt(extractor.group(1)))
                    .as(extractor.group())
                    .isEqualTo(Extractor.VERSION);
            found++;
        }
        Matcher schema = Pattern.compile("\"schemaVersion\":(\\d+)").matcher(readme);
        while (schema.find()) {
            assertThat(Integer.parseInt(schema.group(1))).as(schema.group()).isEqualTo(Database.MIGRATIONS.size());
            found++;
        }
        assertThat(found).isPositive();
        String packageJson = Files.readString(Path.of("package.json"));
        for (String tool : new String[] {"typescript", "@redocly/cli", "@stoplight/spectral-cli"}) {
            Matcher pinned = Pattern.compile("\"" + Pattern.quote(tool) + "\": \"([^\"]+)\"")
                    .matcher(packageJson);
            assertThat(pinned.find()).as(tool + " pinned in package.json").isTrue();
        }
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher generator =
                Pattern.compile("<openapi-generator.version>([^<]+)<").matcher(pom);
        assertThat(generator.find()).isTrue();
        assertThat(readme).contains("openapi-generator " + generator.group(1));
        for (String migration : Database.MIGRATIONS) {
            assertThat(readme).as("schema files listed").contains(migration);
        }
    }

    @Test
    void everyVariableTheConfigReadsIsInTheConfigurationTable() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/factwire/AppConfig.java"));
        Matcher names = Pattern.compile("\"((?:FACTWIRE_[A-Z_]+)|PORT)\"").matcher(source);
        TreeSet<String> variables = new TreeSet<>();
        while (names.find()) {
            variables.add(names.group(1));
        }
        assertThat(variables).contains("PORT", "FACTWIRE_PUBLIC_URL", "FACTWIRE_LOG_FORMAT");
        String readme = readme();
        for (String variable : variables) {
            assertThat(readme).as(variable).contains("| `" + variable + "` |");
        }
    }
}
