package io.factwire.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.ConflictException;
import io.factwire.InvalidInputException;
import io.factwire.NotFoundException;
import io.factwire.PreconditionFailedException;
import io.factwire.page.NoArticleException;
import io.factwire.store.Database;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an {@code application/problem+json} answer, whatever the request's Accept header:
 * our own exceptions, Javalin's (unknown route, body too large, …) and anything unexpected, which is logged
 * and answered 500 without internals.
 */
public final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    private static final String INTERNAL_DETAIL = "The server failed to answer this request; the failure is logged.";

    private ErrorHandlers() {}

    public static void register(JavalinConfig config, ObjectMapper mapper, long maxBodyBytes, int timeoutSeconds) {
        config.routes.exception(ProblemException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            write(ctx, e.type().problem(e.getMessage(), ctx.path(), null));
        });
        config.routes.exception(
                NotFoundException.class,
                (e, ctx) -> write(ctx, ProblemType.NOT_FOUND.problem(e.getMessage(), ctx.path(), null)));
        config.routes.exception(
                ConflictException.class,
                (e, ctx) -> write(ctx, ProblemType.CONFLICT.problem(e.getMessage(), ctx.path(), null)));
        config.routes.exception(
                InvalidInputException.class,
                (e, ctx) -> write(ctx, ProblemType.INVALID_INPUT.problem(e.getMessage(), ctx.path(), e.parameter())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e, ctx, maxBodyBytes)));
        config.routes.exception(
                NoArticleException.class,
                (e, ctx) -> write(ctx, ProblemType.NO_ARTICLE.problem(e.getMessage(), ctx.path(), null)));
        config.routes.exception(
                PreconditionFailedException.class,
                (e, ctx) -> write(ctx, ProblemType.PRECONDITION_FAILED.problem(e.getMessage(), ctx.path(), null)));
        StorageFailures storage = new StorageFailures();
        config.routes.exception(Exception.class, (e, ctx) -> {
            HttpException transport = transportFailure(e);
            if (transport != null) {
                // the request broke off or its body was malformed (say, a bad chunk): the client's fault
                LOG.info("{} {}: unreadable request ({})", ctx.method(), ctx.path(), e.toString());
                write(
                        ctx,
                        TransportProblems.problem(
                                transport.getCode() >= 400 && transport.getCode() < 500 ? transport.getCode() : 400,
                                "the body could not be read"));
                return;
            }
            Database.Failure failure = Database.failureOf(e);
            if (failure == Database.Failure.TIMEOUT) {
                LOG.warn("{} {} took longer than {} s; interrupted", ctx.method(), ctx.path(), timeoutSeconds);
                write(
                        ctx,
                        ProblemType.TIMEOUT.problem(
                                "The request took longer than " + timeoutSeconds
                                        + " s and was stopped; nothing was changed.",
                                ctx.path(),
                                null));
                return;
            }
            if (failure != null && failure != Database.Failure.OTHER) {
                storage.log(failure, ctx.method() + " " + ctx.path(), e);
                if (failure != Database.Failure.FULL) {
                    ctx.header("Retry-After", String.valueOf(StorageFailures.RETRY_AFTER_SECONDS));
                }
                write(ctx, storage.problem(failure, ctx.path()));
                return;
            }
            LOG.error("Unhandled error answering {} {}", ctx.method(), ctx.path(), e);
            write(ctx, ProblemType.INTERNAL_ERROR.problem(INTERNAL_DETAIL, ctx.path(), null));
        });
        // Errors (not Exceptions) bypass the mappers above; still answer with a problem, never a trace
        config.router.javaLangErrorHandler((res, error) -> {
            LOG.error("Fatal error answering a request", error);
            res.setStatus(500);
            res.setContentType(Problem.MEDIA_TYPE);
            try {
                mapper.writeValue(
                        res.getOutputStream(), ProblemType.INTERNAL_ERROR.problem(INTERNAL_DETAIL, null, null));
            } catch (IOException ignored) {
                // the client is gone; the error is logged above
            }
        });
    }

    private static HttpException transportFailure(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http;
            }
        }
        return null;
    }

    private static Problem fromJavalin(HttpResponseException e, Context ctx, long maxBodyBytes) {
        String path = ctx.path();
        return switch (e.getStatus()) {
            case 404 -> ProblemType.NOT_FOUND.problem("No resource at " + ctx.method() + " " + path + ".", path, null);
            case 413 ->
                ProblemType.CONTENT_TOO_LARGE.problem(
                        "The request body is larger than " + maxBodyBytes + " bytes.", path, null);
            // any other status Javalin raises: a plain problem named by the status
            default ->
                new Problem(
                        "about:blank",
                        HttpStatus.forStatus(e.getStatus()).getMessage(),
                        e.getStatus(),
                        e.getMessage(),
                        path,
                        null);
        };
    }

    private static void write(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem).contentType(Problem.MEDIA_TYPE);
    }
}
