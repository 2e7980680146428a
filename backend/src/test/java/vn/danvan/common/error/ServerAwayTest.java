package vn.danvan.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Which failures mean "a server we depend on is away" (503, retry) rather than a fault of ours (500). */
class ServerAwayTest {

    @Test
    void aLostOrRefusedDatabaseConnectionIsAway() {
        assertTrue(ServerAway.of(new SQLException("An I/O error occurred", "08006")).isPresent());
        assertTrue(ServerAway.of(new SQLException("Connection refused", "08001")).isPresent());
        assertTrue(ServerAway.of(new SQLException("terminating connection due to administrator command", "57P01"))
                .isPresent());
        assertTrue(ServerAway.of(new SQLException("the database system is starting up", "57P03")).isPresent());
        assertTrue(ServerAway.of(new SQLException("Acquisition timeout while waiting for new connection")).isPresent());
        // however deep the layers above wrapped it
        assertTrue(ServerAway
                .of(new PersistenceException("could not execute",
                        new RuntimeException(new SQLException("This connection has been closed.", "08003"))))
                .isPresent());
    }

    @Test
    void aCommitCutOffByTheShutdownIsAway() {
        // as Narayana reports it: the SQLException is the cause of an XAException suppressed by the RollbackException
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(ServerAway.of(new RuntimeException("Error invoking subclass method", rollback)).isPresent());
    }

    @Test
    void ourOwnFaultsAreNot() {
        assertFalse(ServerAway.of(new SQLException("duplicate key", "23505")).isPresent());
        assertFalse(ServerAway.of(new SQLException("syntax error", "42601")).isPresent());
        assertFalse(ServerAway.of(new NullPointerException()).isPresent());
        assertFalse(ServerAway.of(new PersistenceException("no state")).isPresent());
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(ServerAway.of(a).isPresent());
    }
}
