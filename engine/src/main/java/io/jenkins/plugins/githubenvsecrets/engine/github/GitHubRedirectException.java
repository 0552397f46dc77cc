package io.jenkins.plugins.githubenvsecrets.engine.github;

/**
 * A redirect was not followed: it pointed to another server than the API URL's, turned a write into a read, or went
 * round in circles. Nothing was sent to where it pointed.
 */
public final class GitHubRedirectException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubRedirectException(String message, int status, RequestContext context) {
        super(message, status, context, null, null);
    }
}
