package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.util.List;

/** HTTP 422: GitHub refused the request's content, for example a value sealed with another key. */
public final class GitHubValidationException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public GitHubValidationException(String message, int status, RequestContext context, String gitHubMessage,
            List<String> errors) {
        super(message, status, context, gitHubMessage, null);
        this.errors = List.copyOf(errors);
    }

    /** GitHub's {@code errors} entries, each as one short line. */
    public List<String> errors() {
        return errors;
    }
}
