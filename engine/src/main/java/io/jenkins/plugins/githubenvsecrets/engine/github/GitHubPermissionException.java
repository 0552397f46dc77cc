package io.jenkins.plugins.githubenvsecrets.engine.github;

/** HTTP 403: the token may not do this: it lacks a scope or repository permission. */
public final class GitHubPermissionException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubPermissionException(String message, int status, RequestContext context, String gitHubMessage) {
        super(message, status, context, gitHubMessage, null);
    }
}
