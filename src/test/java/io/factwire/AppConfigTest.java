package io.factwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    @Test
    void defaultsServeOn7070FromTheDataFolderWithWritesDisabled() {
        AppConfig config = AppConfig.fromEnv(Map.of());
        assertThat(config)
                .isEqualTo(new AppConfig(
                        7070,
                        Path.of("data/factwire.db"),
                        Path.of("data/articles"),
                        List.of(),
                        1024 * 1024,
                        "public, no-cache",
                        64L * 1024 * 1024,
                        List.of("*"),
                        List.of(),
                        200_000,
                        600,
                        false,
                        10,
                        false,
                        false,
                        true,
                        8L * 1024 * 1024,
                        2000,
                        60,
                        null,
                        null,
                        false,
                        "text",
                        1L << 30));
    }

    @Test
    void environmentOverridesEverySetting() {
        AppConfig config = AppConfig.fromEnv(Map.ofEntries(
                Map.entry("PORT", "0"),
                Map.entry("FACTWIRE_DB", "/tmp/x.db"),
                Map.entry("FACTWIRE_DATA_DIR", "/tmp/articles"),
                Map.entry("FACTWIRE_API_KEY", "k"),
                Map.entry("FACTWIRE_MAX_BODY_BYTES", "2048"),
                Map.entry("FACTWIRE_CACHE_CONTROL", "max-age=60"),
                Map.entry("FACTWIRE_CACHE_MAX_BYTES", "0"),
                Map.entry("FACTWIRE_CORS_ORIGINS", "https://a.example, https://b.example"),
                Map.entry("FACTWIRE_CORS_WRITE_ORIGINS", "https://a.example"),
                Map.entry("FACTWIRE_MAX_TEXT_CHARS", "5000"),
                Map.entry("FACTWIRE_RATE_LIMIT", "0"),
                Map.entry("FACTWIRE_RATE_LIMIT_LOOPBACK", "true"),
                Map.entry("FACTWIRE_REQUEST_TIMEOUT_SECONDS", "3"),
                Map.entry("FACTWIRE_REQUIRE_IF_MATCH", "true"),
                Map.entry("FACTWIRE_SYNC", "full"),
                Map.entry("FACTWIRE_PAGES", "false"),
                Map.entry("FACTWIRE_MAX_PAGE_BYTES", "4096"),
                Map.entry("FACTWIRE_EXTRACT_TIMEOUT_MS", "500"),
                Map.entry("FACTWIRE_EXTRACT_RATE_LIMIT", "5"),
                Map.entry("FACTWIRE_HOST", "127.0.0.1"),
                Map.entry("FACTWIRE_PUBLIC_URL", "https://api.example/news/"),
                Map.entry("FACTWIRE_TRUST_PROXY", "true"),
                Map.entry("FACTWIRE_LOG_FORMAT", "json"),
                Map.entry("FACTWIRE_MAX_IMPORT_BYTES", "65536")));
        assertThat(config)
                .isEqualTo(new AppConfig(
                        0,
                        Path.of("/tmp/x.db"),
                        Path.of("/tmp/articles"),
                        List.of("k"),
                        2048,
                        "max-age=60",
                        0,
                        List.of("https://a.example", "https://b.example"),
                        List.of("https://a.example"),
                        5000,
                        0,
                        true,
                        3,
                        true,
                        true,
                        false,
                        4096,
                        500,
                        5,
                        "127.0.0.1",
                        "https://api.example/news",
                        true,
                        "json",
                        65536));
    }

    @Test
    void emptyApiKeyMeansNoKey() {
        assertThat(AppConfig.fromEnv(Map.of("FACTWIRE_API_KEY", "")).apiKeys()).isEmpty();
    }

    @Test
    void severalKeysComeCommaSeparatedAndTheSingleKeyStillCounts() {
        AppConfig config = AppConfig.fromEnv(Map.of("FACTWIRE_API_KEYS", " a, b,,c ", "FACTWIRE_API_KEY", "d"));
        assertThat(config.apiKeys()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void keysNeverShowInTheConfigsText() {
        assertThat(AppConfig.fromEnv(Map.of("FACTWIRE_API_KEYS", "secret-one,secret-two"))
                        .toString())
                .doesNotContain("secret")
                .contains("2 configured");
    }

    @Test
    void badNumbersAreRefusedNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("PORT", "http"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("FACTWIRE_SYNC", "off")))
                .hasMessageContaining("FACTWIRE_SYNC");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("PORT", "70000"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("FACTWIRE_MAX_BODY_BYTES", "0")))
                .hasMessageContaining("FACTWIRE_MAX_BODY_BYTES");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("FACTWIRE_RATE_LIMIT_LOOPBACK", "yes")))
                .hasMessageContaining("FACTWIRE_RATE_LIMIT_LOOPBACK");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("FACTWIRE_PUBLIC_URL", "api.example/news")))
                .hasMessageContaining("FACTWIRE_PUBLIC_URL");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("FACTWIRE_PUBLIC_URL", "https://api.example/?a=1")))
                .hasMessageContaining("FACTWIRE_PUBLIC_URL");
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("FACTWIRE_LOG_FORMAT", "xml")))
                .hasMessageContaining("FACTWIRE_LOG_FORMAT");
    }
}
