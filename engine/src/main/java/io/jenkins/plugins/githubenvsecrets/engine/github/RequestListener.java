package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Duration;

/**
 * Hears about waits before a request is tried again, so that a long pause can be reported while it happens. Called
 * on the requesting thread, just before the wait; both methods do nothing by default.
 */
public interface RequestListener {
    /** Hears nothing. */
    RequestListener NONE = new RequestListener() {};

    /**
     * A request failed (server error or connection failure) and will be tried again.
     *
     * @param attempt the attempt that failed, from 1
     * @param reason for example {@code HTTP 502} or {@code connection failed: SocketTimeoutException}
     */
    default void retryScheduled(RequestContext request, int attempt, Duration delay, String reason) {}

    /**
     * GitHub's rate limit was reached; the request waits before it is tried again.
     *
     * @param reason which limit and which header told the wait
     */
    default void rateLimitWait(RequestContext request, Duration delay, String reason) {}
}
