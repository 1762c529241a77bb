package io.factwire.article;

import io.factwire.web.Negotiation;
import io.factwire.web.Representation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as schema.org JSON-LD: a {@code NewsArticle} whose quotes are {@code Quotation} parts, each with
 * its speaker as {@code creator} and the article as {@code isBasedOn}. Members with no value are left out.
 */
final class ArticleJsonLd {
    static final String MEDIA_TYPE = "application/ld+json";

    private ArticleJsonLd() {}

    /** {@code base}: the server's base URL, so {@code @id} is absolute when the article has no {@code url}. */
    static Map<String, Object> of(ArticleView a, String base) {
        String self = a.url() != null ? a.url() : base + a.links().self();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("@id", self);
        ld.put("identifier", a.id());
        ld.put("headline", a.title());
        putIf(ld, "url", a.url());
        putIf(ld, "datePublished", a.publishedAt());
        ld.put("dateCreated", a.createdAt());
        ld.put("dateModified", a.updatedAt());
        ld.put("version", a.revision());
        if (a.source() != null) {
            ld.put("publisher", thing("Organization", a.source()));
        }
        if (a.dateline() != null) {
            ld.put("locationCreated", thing("Place", a.dateline()));
        }
        if (!a.authors().isEmpty()) {
            ld.put(
                    "author",
                    a.authors().stream().map(name -> thing("Person", name)).toList());
        }
        putIf(ld, "inLanguage", a.lang());
        putIf(ld, "description", a.description());
        putIf(ld, "image", a.image());
        if (!a.tags().isEmpty()) {
            ld.put("keywords", a.tags());
        }
        ld.put("articleBody", a.body());
        ld.put("hasPart", a.quotes().stream().map(q -> quotation(q, self)).toList());
        return ld;
    }

    private static Map<String, Object> quotation(QuoteView q, String article) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("@type", "Quotation");
        quote.put("text", q.text());
        if (q.speaker() != null) {
            quote.put("creator", thing("Person", q.speaker()));
        }
        quote.put("isBasedOn", Map.of("@id", article));
        if (q.source() != null) {
            quote.put("sourceOrganization", thing("Organization", q.source()));
        }
        return quote;
    }

    // insertion-ordered, so the same article always gives the same bytes and ETag
    private static Map<String, Object> thing(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Whether {@code accept} weighs JSON-LD above plain JSON (on a tie, the type the client listed first). */
    static boolean wanted(String accept) {
        return MEDIA_TYPE.equals(Negotiation.choose(accept, List.of(Representation.JSON, MEDIA_TYPE)));
    }
}
