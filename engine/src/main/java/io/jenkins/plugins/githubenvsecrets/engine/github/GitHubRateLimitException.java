package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Instant;
import java.util.Objects;

/**
 * HTTP 403 or 429: a GitHub rate limit was reached and waiting for it would take longer than the retry policy
 * allows.
 */
public final class GitHubRateLimitException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public GitHubRateLimitException(String message, int status, RequestContext context, String gitHubMessage,
            Instant retryAt) {
        super(message, status, context, gitHubMessage, null);
        this.retryAt = Objects.requireNonNull(retryAt, "retryAt");
    }

    /** When GitHub expects the request to succeed again. */
    public Instant retryAt() {
        return retryAt;
    }
}
