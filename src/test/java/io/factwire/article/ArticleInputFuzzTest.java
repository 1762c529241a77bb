package io.factwire.article;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.InvalidInputException;
import java.time.LocalDate;

/**
 * Jazzer over the JSON input of {@code POST}/{@code PUT /v1/articles} and of sidecar files: any bytes give an
 * article or an {@link InvalidInputException} naming a member, nothing else. The mapper is configured as the
 * server's ({@code App}).
 */
class ArticleInputFuzzTest {
    private static final ArticleInput INPUT = new ArticleInput(
            new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION),
            200_000);
    private static final NewArticle CURRENT = new NewArticle("Stored\n\nText.", LocalDate.of(2026, 3, 7), null, null);

    @FuzzTest(maxDuration = "3m")
    void anyBodyIsAnArticleOrA400NamingAMember(FuzzedDataProvider data) {
        int use = data.consumeInt(0, 2);
        byte[] json = data.consumeRemainingAsBytes();
        try {
            NewArticle article = switch (use) {
                case 0 -> INPUT.fromRequest(json);
                case 1 -> INPUT.merge(json, CURRENT);
                default -> INPUT.fromFile("Title\n\nText.", json);
            };
            if (article.publishedAt() != null && !ArticleInput.isPublicationYear(article.publishedDate())) {
                throw new IllegalStateException(
                        "accepted a publication date outside 0001-9999: " + article.publishedAt());
            }
        } catch (InvalidInputException e) {
            // A member may be named "" in JSON; the refusal then names it as written.
            if (e.parameter() == null) {
                throw new IllegalStateException("a refusal names no member", e);
            }
        }
    }
}
