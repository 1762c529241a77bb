package io.factwire.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Keeps up to {@code maxIdle} SQLite connections open between uses instead of opening one per Jdbi handle.
 * Opening a connection re-reads the schema and re-runs the pragmas, and closing the last one of a WAL database
 * checkpoints and deletes the WAL file, so a connection per call cost more than the queries it ran. A connection
 * that comes back inside a transaction (a bug elsewhere) is rolled back and closed, never reused. Beyond
 * {@code maxIdle}, connections are opened as needed and closed when given back.
 */
final class ConnectionPool implements ConnectionFactory {
    private final DataSource dataSource;
    private final BlockingQueue<Connection> idle;
    private final AtomicInteger inUse = new AtomicInteger();

    ConnectionPool(DataSource dataSource, int maxIdle) {
        this.dataSource = dataSource;
        this.idle = new ArrayBlockingQueue<>(maxIdle);
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection connection = idle.poll();
        connection = connection != null ? connection : dataSource.getConnection();
        inUse.incrementAndGet();
        return connection;
    }

    /** Connections open and waiting for reuse. */
    int idle() {
        return idle.size();
    }

    /** Connections handed out and not yet given back. */
    int inUse() {
        return inUse.get();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        inUse.decrementAndGet();
        if (connection.isClosed()) {
            return;
        }
        boolean reusable;
        try {
            reusable = connection.getAutoCommit();
        } catch (SQLException e) {
            reusable = false;
        }
        if (!reusable) {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        } else if (!idle.offer(connection)) {
            connection.close();
        }
    }
}
