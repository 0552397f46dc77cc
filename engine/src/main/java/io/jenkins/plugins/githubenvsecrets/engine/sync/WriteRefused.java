package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import java.util.Optional;

/**
 * A write GitHub refused, with the reason in words that say what was tried about it (a key fetched again, say), and
 * the refusal of a later request on the way, if one may end more than this write.
 */
final class WriteRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient GitHubApiException laterFailure;

    WriteRefused(String reason, GitHubApiException laterFailure) {
        super(reason, null, false, false);
        this.laterFailure = laterFailure;
    }

    Optional<GitHubApiException> laterFailure() {
        return Optional.ofNullable(laterFailure);
    }
}
