package io.factwire.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Notices a client that hangs up while its request is being worked on, which Jetty does not: it reads nothing
 * from a connection while the handler runs. A few times a second this reads the connection without blocking;
 * end of stream means the client is gone, and {@code onGone} runs (the extraction's budget is cancelled). A
 * client that sends more bytes meanwhile (pipelining after a POST, which user agents should not do) has them
 * taken by the read, so the answer then closes the connection and the client retries.
 */
final class ClientWatch implements AutoCloseable {
    private static final long PERIOD_MS = 200;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factwire-client-watch");
        t.setDaemon(true);
        return t;
    });

    private final EndPoint endPoint;
    private final Runnable onGone;
    private final ScheduledFuture<?> task;
    private boolean stopped;
    private boolean tookBytes;

    private ClientWatch(EndPoint endPoint, Runnable onGone) {
        this.endPoint = endPoint;
        this.onGone = onGone;
        this.task = TIMER.scheduleWithFixedDelay(this::poll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Watches the connection of {@code ctx}'s request; a watch that does nothing when it has none. */
    static ClientWatch start(Context ctx, Runnable onGone) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        EndPoint endPoint = request == null
                ? null
                : request.getConnectionMetaData().getConnection().getEndPoint();
        return new ClientWatch(endPoint, onGone);
    }

    private synchronized void poll() {
        if (stopped || tookBytes || endPoint == null) {
            return;
        }
        try {
            ByteBuffer probe = BufferUtil.allocate(1);
            int read = endPoint.fill(probe);
            if (read < 0) {
                stopped = true;
                onGone.run();
            } else if (read > 0) {
                tookBytes = true; // the bytes of a pipelined request are gone: answer, then close
            }
        } catch (IOException e) {
            stopped = true;
            onGone.run();
        }
    }

    /** Stops watching, so Jetty alone reads the connection again; whether the answer must close it. */
    @Override
    public synchronized void close() {
        stopped = true;
        task.cancel(false);
    }

    synchronized boolean mustCloseConnection() {
        return tookBytes;
    }
}
