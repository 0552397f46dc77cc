package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.util.Objects;
import java.util.Optional;

/**
 * A GitHub request failed. The message names the repository, environment and secret concerned, the HTTP method and
 * status, and what to do; it never holds a token, a request body or a secret value: the server's own words in it are
 * scrubbed of them. Subclasses tell the causes apart; this class itself stands for an answer the client did not
 * expect.
 */
public class GitHubApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final RequestContext context;
    private final String gitHubMessage;

    /**
     * @param status the HTTP status, or 0 when no answer came
     * @param gitHubMessage the {@code message} of GitHub's answer, scrubbed and shortened, or {@code null}
     */
    public GitHubApiException(String message, int status, RequestContext context, String gitHubMessage,
            Throwable cause) {
        super(message, cause);
        this.status = status;
        this.context = Objects.requireNonNull(context, "context");
        this.gitHubMessage = gitHubMessage;
    }

    /** The HTTP status of GitHub's answer, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The request that failed. */
    public RequestContext context() {
        return context;
    }

    /** GitHub's own explanation, scrubbed and shortened, when the answer had one. */
    public Optional<String> gitHubMessage() {
        return Optional.ofNullable(gitHubMessage);
    }
}
