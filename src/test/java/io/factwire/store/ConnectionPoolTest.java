package io.factwire.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class ConnectionPoolTest {
    @TempDir
    Path dir;

    private SQLiteDataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("pool.db"));
        return dataSource;
    }

    @Test
    void aConnectionGivenBackIsLentAgainInsteadOfOpeningANewOne() throws Exception {
        ConnectionPool pool = new ConnectionPool(dataSource(), 2);
        Connection first = pool.openConnection();
        pool.closeConnection(first);
        assertThat(first.isClosed()).isFalse();
        Connection again = pool.openConnection();
        assertThat(again).isSameAs(first);
        Connection other = pool.openConnection(); // none idle: a new one
        assertThat(other).isNotSameAs(first);
        pool.closeConnection(again);
        pool.closeConnection(other);
    }

    @Test
    void aConnectionGivenBackInsideATransactionIsRolledBackAndClosedNotReused() throws Exception {
        ConnectionPool pool = new ConnectionPool(dataSource(), 2);
        Connection connection = pool.openConnection();
        connection.setAutoCommit(false);
        pool.closeConnection(connection);
        assertThat(connection.isClosed()).isTrue();
        Connection next = pool.openConnection();
        assertThat(next).isNotSameAs(connection);
        pool.closeConnection(next);
    }

    @Test
    void beyondMaxIdleConnectionsAreClosedWhenGivenBack() throws Exception {
        ConnectionPool pool = new ConnectionPool(dataSource(), 1);
        Connection a = pool.openConnection();
        Connection b = pool.openConnection();
        pool.closeConnection(a);
        pool.closeConnection(b);
        assertThat(a.isClosed()).isFalse();
        assertThat(b.isClosed()).isTrue();
    }
}
