package io.jenkins.plugins.githubenvsecrets.engine.state;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per record set, made when a thread first needs it and dropped when none does, so the locks held in memory
 * are those of the sets in use, never one per set ever seen. A wait ends when the waiting thread is interrupted; a
 * thread that already holds the lock takes it again without a wait, so an update nested in locked work is never cut
 * off halfway by an interruption.
 */
final class ScopeLocks {
    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    <T> T locked(RecordScope scope, FingerprintStore.OrderedAction<T> work) throws InterruptedException {
        String key = scope.key();
        Entry entry = locks.compute(key, (k, existing) -> (existing == null ? new Entry() : existing).use());
        try {
            acquire(entry.lock, scope);
            try {
                return work.run();
            } finally {
                entry.lock.unlock();
            }
        } finally {
            locks.computeIfPresent(key, (k, existing) -> existing.release());
        }
    }

    /** How many sets have a lock in memory now. */
    int size() {
        return locks.size();
    }

    private static void acquire(ReentrantLock lock, RecordScope scope) throws InterruptedException {
        if (lock.isHeldByCurrentThread()) {
            lock.lock();
            return;
        }
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            InterruptedException stopped = new InterruptedException("Interrupted while waiting for another sync of the "
                    + scope.describe() + " to finish writing or recording");
            stopped.initCause(e);
            throw stopped;
        }
    }

    /** A lock and the number of threads that hold or wait for it; changed only inside the map's compute. */
    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        private int users;

        Entry use() {
            users++;
            return this;
        }

        Entry release() {
            return --users == 0 ? null : this;
        }
    }
}
