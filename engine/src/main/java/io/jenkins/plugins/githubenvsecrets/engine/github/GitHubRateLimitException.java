package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Instant;
import java.util.Objects;

/**
 * A GitHub rate limit that the client may not wait out: HTTP 403 or 429 with no attempt left or a wait beyond the
 * retry policy's total wait, or (status 0, nothing sent) so few requests left before GitHub's reset that spreading
 * them would wait too long.
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
