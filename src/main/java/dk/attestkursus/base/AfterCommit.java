package dk.attestkursus.base;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory work once the current transaction has committed, as an after-commit
 * {@code @TransactionalEventListener} does, for listeners that must not be one: Spring Modulith
 * wraps every such listener to mark its event publication as processing and as completed, each in a
 * transaction of its own, taken while the committing request still holds its connection. A burst of
 * votes then held every pooled connection while each waited for a second one, until the pool's
 * timeout (issue 26: 30 votes at once failed after 30 s). The live screens' broadcasters keep no
 * publication (decision 017), so they register their work here instead.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Runs {@code action} after the current transaction commits; outside a transaction, not at all. */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
