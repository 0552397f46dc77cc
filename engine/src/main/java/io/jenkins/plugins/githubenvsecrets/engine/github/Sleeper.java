package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; replaceable so that tests of retries and pacing never wait for real. */
@FunctionalInterface
public interface Sleeper {
    /** Waits for real, on the calling thread. */
    Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    void sleep(Duration duration) throws InterruptedException;
}
