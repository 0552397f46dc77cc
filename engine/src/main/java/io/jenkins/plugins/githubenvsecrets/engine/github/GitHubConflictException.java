package io.jenkins.plugins.githubenvsecrets.engine.github;

/**
 * HTTP 409: what the request would create exists already (a variable of that name), or the request does not fit the
 * current state (selected repositories of a secret or variable whose visibility is not {@code selected}).
 */
public final class GitHubConflictException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubConflictException(String message, RequestContext context) {
        super(message, 409, context, null, null);
    }
}
