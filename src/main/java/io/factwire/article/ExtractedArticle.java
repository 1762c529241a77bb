package io.factwire.article;

import java.util.List;

/**
 * What {@code POST /v1/extract} answers: the article as it would be stored, minus what only storing gives it
 * (id, revision, timestamps, links).
 */
public record ExtractedArticle(
        String title,
        String dateline,
        String publishedAt,
        String url,
        String source,
        List<String> authors,
        String modifiedAt,
        String lang,
        String description,
        String image,
        List<String> tags,
        String body,
        List<SectionView> sections,
        List<QuoteView> quotes,
        List<FactView> facts,
        int extractorVersion,
        String contentHash) {}
