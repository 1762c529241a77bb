package io.factwire.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request has an id: the client's {@code X-Request-Id} when it is safe to log and echo (1 to 128
 * characters from a small set, so it cannot forge log lines or headers), otherwise a new random one. It is
 * echoed in the answer and put in the logging context, so every log line of the request carries it.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** The MDC key, and the member name in JSON logs. */
    public static final String MDC_KEY = "requestId";

    static final int MAX_LENGTH = 128;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:@+=/-]{1," + MAX_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {}

    /** Registered first, so even a request refused by a later check has its id. */
    public static void routes(RoutesConfig routes) {
        routes.before(RequestIds::assign);
    }

    private static void assign(Context ctx) {
        String id = ctx.header(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = fresh();
        }
        MDC.put(MDC_KEY, id);
        ctx.header(HEADER, id);
    }

    /** Called once the request is logged: the thread goes back to the pool without the id. */
    public static void clear() {
        MDC.remove(MDC_KEY);
    }

    static String fresh() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
