package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Duration;

/** Waits for the fake's artificial latency; injectable so a benchmark can scale or skip time. */
@FunctionalInterface
public interface Sleeper {
    /** The real thing: the calling thread sleeps. */
    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
