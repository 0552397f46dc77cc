package io.jenkins.plugins.githubenvsecrets.engine.github;

/** HTTP 404: the repository or environment does not exist, or the token cannot see it. */
public final class GitHubNotFoundException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubNotFoundException(String message, int status, RequestContext context, String gitHubMessage) {
        super(message, status, context, gitHubMessage, null);
    }
}
