package io.factwire.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops connections whose request line and headers take longer than the deadline to arrive. The idle timeout
 * alone cannot: a client that trickles one byte every few seconds is never idle, and would hold a connection
 * (and a slot of the server's) for as long as it likes. Once a second, every open connection still inside a
 * request's headers is checked against the time it was first seen there for that request.
 */
public final class HeaderDeadline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    /** When a connection was first seen receiving the headers of its {@code request}-th request. */
    private record Receiving(long request, long sinceNanos) {}

    private final long deadlineNanos;
    private final Map<EndPoint, Receiving> receiving = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factwire-header-deadline");
        t.setDaemon(true);
        return t;
    });

    public HeaderDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
    }

    /** Starts watching {@code server}'s connectors. */
    public void watch(Server server) {
        timer.scheduleWithFixedDelay(() -> sweep(server), 1, 1, TimeUnit.SECONDS);
    }

    private void sweep(Server server) {
        try {
            long now = System.nanoTime();
            Map<EndPoint, Boolean> open = new ConcurrentHashMap<>();
            for (var connector : server.getConnectors()) {
                if (!(connector instanceof AbstractConnector c)) {
                    continue;
                }
                for (EndPoint endPoint : c.getConnectedEndPoints()) {
                    open.put(endPoint, Boolean.TRUE);
                    if (!(endPoint.getConnection() instanceof HttpConnection http)
                            || !http.getParser().inHeaderState()
                            || http.getParser().isStart()) {
                        receiving.remove(endPoint);
                        continue;
                    }
                    long request = http.getMessagesIn();
                    Receiving seen = receiving.compute(
                            endPoint,
                            (e, old) -> old != null && old.request() == request ? old : new Receiving(request, now));
                    if (now - seen.sinceNanos() > deadlineNanos) {
                        LOG.info(
                                "Closing a connection from {}: its request headers took longer than {} s",
                                endPoint.getRemoteSocketAddress(),
                                TimeUnit.NANOSECONDS.toSeconds(deadlineNanos));
                        receiving.remove(endPoint);
                        endPoint.close();
                    }
                }
            }
            receiving.keySet().removeIf(e -> !open.containsKey(e));
        } catch (RuntimeException e) {
            LOG.warn("Header deadline sweep failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
