package io.jenkins.plugins.githubenvsecrets.engine.github;

/** HTTP 5xx: GitHub failed on its side, also on the last attempt. */
public final class GitHubServerException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubServerException(String message, int status, RequestContext context, String gitHubMessage) {
        super(message, status, context, gitHubMessage, null);
    }
}
