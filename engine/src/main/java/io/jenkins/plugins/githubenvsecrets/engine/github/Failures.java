package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Turns a failed request into the exception that explains it: what was asked, what GitHub answered, and what to do.
 * Text from the server (its message, errors, a redirect's target, a URL its answers led to, an I/O error built from
 * its answer) goes in only through {@link ServerText}, scrubbed and shortened; nothing from the request body goes in.
 */
final class Failures {
    private Failures() {}

    /**
     * The exception for a final answer that is not a success; rate limits are told apart before this.
     *
     * @param tokenSource how a refusal of the token names where it comes from ({@code credential 'github-token'}), or
     *     null
     */
    static GitHubApiException fromResponse(ApiResponse response, RequestContext request, String tokenSource) {
        int status = response.status();
        String github = response.gitHubMessage().orElse(null);
        String head = request.describe() + ": HTTP " + status;
        String token = tokenSource == null ? "token" : "token of " + tokenSource;
        if (status == 401) {
            return new GitHubAuthenticationException(head + ". GitHub did not accept the " + token + ": it is invalid,"
                    + " expired or revoked. " + (tokenSource == null ? "Check the credential that holds it."
                            : "Check that credential.") + said(github),
                    status, request, github);
        }
        if (status == 403) {
            return new GitHubPermissionException(head + ". The " + token + " may not do this. "
                    + TargetHints.permissions(request) + said(github),
                    status, request, github);
        }
        if (status == 404) {
            return new GitHubNotFoundException(head + ". " + notFoundHint(request) + said(github),
                    status, request, github);
        }
        if (status == 422) {
            List<String> errors = response.errors();
            // Whether the key was the cause is for the caller to say: only it knows if it fetched the key again.
            return new GitHubValidationException(head + ". GitHub refused the request as invalid." + said(github)
                    + (errors.isEmpty() ? "" : " Errors: " + String.join("; ", errors) + "."),
                    status, request, github, errors);
        }
        if (status >= 500) {
            return new GitHubServerException(head + attempts(response.attempt()) + ". GitHub failed on its side;"
                    + " try again later." + said(github), status, request, github);
        }
        return new GitHubApiException(head + ", which this client does not expect here." + said(github),
                status, request, github, null);
    }

    /**
     * A rate limit that cannot be waited out.
     *
     * @param now the client's time, to say how long from now {@code retryAt} is
     * @param why why not: no attempt left, or the wait does not fit the allowance
     */
    static GitHubRateLimitException rateLimited(ApiResponse response, RequestContext request, Instant now,
            Instant retryAt, String reason, String why) {
        String github = response.gitHubMessage().orElse(null);
        return new GitHubRateLimitException(request.describe() + ": HTTP " + response.status()
                + attempts(response.attempt()) + ". GitHub's rate limit was reached (" + reason + ") and " + why
                + ". Try again " + RetryTime.inWords(now, retryAt) + "." + said(github), response.status(), request,
                github, retryAt);
    }

    /** Too few requests left to spread them until GitHub's reset within the wait allowance; nothing was sent. */
    static GitHubRateLimitException rateBudgetSpent(RequestContext request, long left, Instant now, Instant reset,
            String why) {
        return new GitHubRateLimitException(request.describe() + ": not sent. GitHub reports " + left
                + " requests left until its rate limit resets, and spreading them out by " + why + ". Try again "
                + RetryTime.inWords(now, reset) + ".", 0, request, null, reset);
    }

    /** An answer whose body is larger than GitHub ever sends here; it was not read. */
    static GitHubApiException bodyTooLarge(okhttp3.Response response, RequestContext request, long maxBytes,
            ServerText text) {
        // After a redirect the path is the server's: it may name any owner.
        return new GitHubApiException(request.describe() + " (" + response.request().method() + " "
                + text.shown(response.request().url().encodedPath()) + "): HTTP " + response.code()
                + ", but the answer is larger than " + maxBytes / 1024 + " KiB, far more than GitHub sends for it, so"
                + " it was not read."
                + " Is the API URL a GitHub API?", response.code(), request, null, null);
    }

    /**
     * No answer, also on the last attempt. The I/O error's message may quote what the server sent (a status line, a
     * header), so it is scrubbed, and the cause is a scrubbed copy.
     */
    static GitHubConnectionException connection(IOException failure, RequestContext request, int attempts,
            GitHubApiUrl api, ServerText text) {
        String cause = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + text.shown(failure.getMessage()));
        return new GitHubConnectionException(request.describe() + ": no answer from " + api + attempts(attempts)
                + " (" + cause + "). Check the API URL, the network and the proxy settings.", request,
                text.scrubbed(failure));
    }

    /** A name that no request path can carry (such as a listed {@code ..}); nothing was sent. */
    static GitHubApiException unaddressable(RequestContext request, String why) {
        return new GitHubApiException(request.describe() + ": not sent: " + why + ".", 0, request, null, null);
    }

    /** A success whose body is not what GitHub documents. */
    static GitHubApiException unexpectedBody(ApiResponse response, RequestContext request, String what) {
        return new GitHubApiException(request.describe() + ": HTTP " + response.status() + ", but the answer " + what
                + ". Is the API URL a GitHub API?", response.status(), request, null, null);
    }

    /** A redirect to another server than the API URL's; of where it pointed, the message names the origin only. */
    static GitHubRedirectException redirectedElsewhere(RequestContext request, int status, HttpUrl asked,
            HttpUrl target, ServerText text) {
        return new GitHubRedirectException(request.describe() + ": HTTP " + status + " from " + shown(asked, text)
                + " redirects to another server, " + text.shown(GitHubApiUrl.origin(target)) + ". Requests go only to"
                + " the API URL's server, so the redirect was not followed and nothing was sent there. Check the API"
                + " URL and any proxy in between.", status, request);
    }

    /**
     * A redirect on the API's server to a path that names another environment, secret or endpoint: only the
     * repository may move. Of where it pointed, the message names the path, without query.
     */
    static GitHubRedirectException redirectedToAnotherTarget(RequestContext request, int status, HttpUrl asked,
            HttpUrl target, ServerText text) {
        return new GitHubRedirectException(request.describe() + ": HTTP " + status + " from " + shown(asked, text)
                + " redirects to " + text.shown(target.encodedPath()) + ", which does not name the same "
                + (request.secret() != null ? (request.kind() == null ? ValueKind.SECRET : request.kind()).noun()
                        : request.environment() != null ? "environment" : "resource")
                + ". A redirect may only move the repository or organization (as GitHub does for a renamed or"
                + " transferred one), so it was not followed and nothing was sent there.", status, request);
    }

    /** A write answered with 301, 302 or 303, which would turn it into a GET. */
    static GitHubRedirectException redirectedWrite(RequestContext request, int status, HttpUrl asked,
            ServerText text) {
        return new GitHubRedirectException(request.describe() + ": HTTP " + status + " from " + shown(asked, text)
                + " redirects the write as a GET, so it was not followed and nothing was written. Check the"
                + " repository's owner and name.", status, request);
    }

    /** Redirects that come back to a URL already asked, or more than {@code maxHops} of them. */
    static GitHubRedirectException redirectLoop(RequestContext request, int status, HttpUrl asked, int maxHops,
            ServerText text) {
        return new GitHubRedirectException(request.describe() + ": HTTP " + status + " from " + shown(asked, text)
                + " redirects in a loop or more than " + maxHops + " times; it was not followed further. Check"
                + " the API URL.", status, request);
    }

    /** A URL asked; scrubbed, since the URL of a listing's later page is the one its previous answer linked to. */
    private static String shown(HttpUrl url, ServerText text) {
        return text.shown(url.newBuilder().username("").password("").build().toString());
    }

    private static String notFoundHint(RequestContext request) {
        Optional<String> target = TargetHints.notFound(request);
        if (target.isPresent()) {
            return target.get();
        }
        if (request.byRepositoryId()) {
            return "The repository " + request.repository() + " does not exist, or the token cannot see it."
                    + " Check the id, or give the repository as owner/name, and make sure the token has access to"
                    + " the repository.";
        }
        if (request.environment() == null) {
            return "The repository " + request.repository() + " does not exist, or the token cannot see it."
                    + " Check the owner and name, and that the token has access to the repository.";
        }
        return "The repository " + request.repository() + " or its environment '" + request.environment()
                + "' does not exist, or the token cannot see it. Check the repository and environment names,"
                + " create the environment on GitHub (or enable creating it), and make sure the token has access"
                + " to the repository.";
    }

    private static String attempts(int attempts) {
        return attempts > 1 ? " after " + attempts + " attempts" : "";
    }

    private static String said(String github) {
        return github == null ? "" : " GitHub said: \"" + github + "\".";
    }
}
