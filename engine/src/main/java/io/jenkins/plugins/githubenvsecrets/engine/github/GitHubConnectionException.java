package io.jenkins.plugins.githubenvsecrets.engine.github;

/**
 * No answer came from GitHub (connection refused or reset, timeout, TLS failure), also on the last attempt. The cause
 * is a copy of the I/O error with its messages scrubbed, since a library may quote what the server sent.
 */
public final class GitHubConnectionException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubConnectionException(String message, RequestContext context, Throwable cause) {
        super(message, 0, context, null, cause);
    }
}
