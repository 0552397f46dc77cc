package io.jenkins.plugins.githubenvsecrets.engine.github;

/** HTTP 401: GitHub did not accept the token: it is invalid, expired or revoked. */
public final class GitHubAuthenticationException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubAuthenticationException(String message, int status, RequestContext context, String gitHubMessage) {
        super(message, status, context, gitHubMessage, null);
    }
}
