package io.factwire.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error answer. {@code parameter} names the query parameter,
 * path parameter or body member at fault in 400 answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
