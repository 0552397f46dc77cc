package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;

/** No answer came from GitHub (connection refused or reset, timeout, TLS failure), also on the last attempt. */
public final class GitHubConnectionException extends GitHubApiException {
    private static final long serialVersionUID = 1L;

    public GitHubConnectionException(String message, RequestContext context, IOException cause) {
        super(message, 0, context, null, cause);
    }
}
