package io.factwire.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-client limit of requests per minute (fixed one-minute windows, clients told apart by IP address).
 * Every counted answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}
 * (seconds); past the limit the answer is a 429 problem with {@code Retry-After}, and the request is not run.
 * Loopback clients (the machine itself: tests, benchmarks, a local proxy) are exempt unless configured not to be.
 */
public final class RateLimiter {
    static final long WINDOW_MS = 60_000;
    /** Windows past this many clients are swept of expired ones, so memory stays bounded. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long start, int count) {}

    private final int perMinute;
    private final String onlyPath;
    private final boolean limitLoopback;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** {@code perMinute} 0 turns the limit off. */
    public RateLimiter(int perMinute, boolean limitLoopback, Clock clock) {
        this(perMinute, null, limitLoopback, clock);
    }

    /** A limit of its own for POSTs to {@code onlyPath} (a costly route), on top of the limit for everything. */
    public RateLimiter(int perMinute, String onlyPath, boolean limitLoopback, Clock clock) {
        this.perMinute = perMinute;
        this.onlyPath = onlyPath;
        this.limitLoopback = limitLoopback;
        this.clock = clock;
    }

    public void routes(RoutesConfig routes) {
        if (perMinute > 0 && onlyPath == null) {
            routes.before(this::count);
        } else if (perMinute > 0) {
            routes.before(onlyPath, ctx -> {
                if (ctx.method() == io.javalin.http.HandlerType.POST) {
                    count(ctx);
                }
            });
        }
    }

    private void count(Context ctx) {
        String client = ctx.ip();
        if (!limitLoopback && isLoopback(client)) {
            return;
        }
        long now = clock.millis();
        Window window = windows.compute(
                client,
                (k, w) -> w == null || now - w.start() >= WINDOW_MS
                        ? new Window(now, 1)
                        : new Window(w.start(), w.count() + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
        }
        long reset = Math.max(1, (window.start() + WINDOW_MS - now + 999) / 1000);
        ctx.header("RateLimit-Limit", String.valueOf(perMinute));
        ctx.header("RateLimit-Remaining", String.valueOf(Math.max(0, perMinute - window.count())));
        ctx.header("RateLimit-Reset", String.valueOf(reset));
        if (window.count() > perMinute) {
            ctx.skipRemainingHandlers();
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "More than " + perMinute + " requests a minute from this client; try again in " + reset + " s.",
                    Map.of("Retry-After", String.valueOf(reset)));
        }
    }

    private static boolean isLoopback(String ip) {
        try {
            return InetAddress.getByName(ip).isLoopbackAddress(); // a literal address: no lookup happens
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
