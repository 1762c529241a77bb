package io.factwire.article;

import java.time.LocalDate;

/** An article to store: its raw text and what is known about it (each may be null except the text). */
public record NewArticle(String text, LocalDate publishedAt, String url, String source) {
}
