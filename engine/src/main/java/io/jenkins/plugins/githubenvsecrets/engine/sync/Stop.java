package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubAuthenticationException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubConnectionException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubRateLimitException;
import java.util.Objects;

/**
 * A refusal that ended more than the request that met it, and where it was met: the one secret, variable or target
 * there carries GitHub's full answer, and every one not attempted after it points there in a short sentence.
 *
 * @param cause GitHub's refusal
 * @param at where it was met, such as {@code secret API_KEY of environment 'production' of acme/web}
 */
record Stop(GitHubApiException cause, String at) {
    Stop {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
    }

    /**
     * For a refusal that holds for the token as a whole: {@code not attempted: the sync stopped at secret API_KEY of
     * environment 'production' of acme/web, where GitHub did not accept the token}.
     */
    String notAttempted() {
        return "not attempted: the sync stopped at " + at + ", where " + why();
    }

    /** For a permission refused here: {@code not attempted: GitHub refused the permission for secret A here ...}. */
    String permissionRefused() {
        return "not attempted: GitHub refused the permission for " + at + " here (see its reason)";
    }

    private String why() {
        if (cause instanceof GitHubAuthenticationException) {
            return "GitHub did not accept the token";
        }
        if (cause instanceof GitHubRateLimitException) {
            return "GitHub's rate limit was reached";
        }
        if (cause instanceof GitHubConnectionException) {
            return "GitHub did not answer";
        }
        return "GitHub refused the request (see its reason)";
    }
}
