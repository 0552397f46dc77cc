package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The single file that writes to one GitHub go through. Every client has its own unless given a shared one: clients
 * that share a lane (concurrent syncs in one Jenkins, say) write one at a time and keep the gap between writes
 * together, as GitHub's secondary rate limits count them together.
 */
public final class WriteLane {
    final ReentrantLock lock = new ReentrantLock(true);
    private Instant lastStart; // guarded by lock

    Instant lastStart() {
        return lastStart;
    }

    void started(Instant start) {
        lastStart = start;
    }
}
