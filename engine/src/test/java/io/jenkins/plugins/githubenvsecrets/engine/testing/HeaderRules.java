package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The headers GitHub asks every REST request to carry. A missing or wrong one is a protocol violation; the answer is
 * GitHub's where GitHub has one (403 without a User-Agent, 400 for an unknown API version, 401 without a token).
 */
final class HeaderRules {
    static final String MEDIA_TYPE = "application/vnd.github+json";
    /** The methods GitHub's secret, variable and GraphQL routes take a body with. */
    private static final Set<String> METHODS_WITH_BODY = Set.of("PUT", "POST", "PATCH");

    private HeaderRules() {
    }

    static void check(FakeRequest request) throws RejectedRequest {
        checkUserAgent(request);
        checkApiVersion(request);
        checkAccept(request);
        checkAuthorization(request);
        checkBodyFraming(request);
    }

    /** The token of {@code Authorization: Bearer <token>} or {@code Authorization: token <token>}. */
    static Optional<String> token(FakeRequest request) {
        return request.header("Authorization").flatMap(HeaderRules::tokenOf);
    }

    private static Optional<String> tokenOf(String authorization) {
        var parts = authorization.split(" ", -1);
        if (parts.length != 2 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        var scheme = parts[0].toLowerCase(Locale.ROOT);
        return scheme.equals("bearer") || scheme.equals("token") ? Optional.of(parts[1]) : Optional.empty();
    }

    private static void checkUserAgent(FakeRequest request) throws RejectedRequest {
        if (request.header("User-Agent").filter(agent -> !agent.isBlank()).isEmpty()) {
            throw RejectedRequest.violation(Reply.error(403, "Request forbidden by administrative rules. Please make"
                    + " sure your request has a User-Agent header"
                    + " (https://docs.github.com/rest/overview/resources-in-the-rest-api#user-agent-required).",
                    Reply.REST_DOCS), "no User-Agent header");
        }
    }

    private static void checkApiVersion(FakeRequest request) throws RejectedRequest {
        var version = request.header("X-GitHub-Api-Version");
        if (version.isEmpty()) {
            throw RejectedRequest.violation(Reply.error(400, "X-GitHub-Api-Version is missing; this client pins "
                    + Reply.API_VERSION + ".", Reply.REST_DOCS), "no X-GitHub-Api-Version header");
        }
        if (!version.get().equals(Reply.API_VERSION)) {
            throw RejectedRequest.violation(Reply.error(400, "API version " + version.get() + " is not supported.",
                    Reply.REST_DOCS), "X-GitHub-Api-Version is " + version.get() + ", not " + Reply.API_VERSION);
        }
    }

    private static void checkAccept(FakeRequest request) throws RejectedRequest {
        boolean accepted = request.header("Accept")
                .map(accept -> Arrays.stream(accept.split(","))
                        .map(range -> range.split(";", 2)[0].trim())
                        .anyMatch(MEDIA_TYPE::equalsIgnoreCase))
                .orElse(false);
        if (!accepted) {
            throw RejectedRequest.violation(Reply.error(400, "The Accept header must name " + MEDIA_TYPE + ".",
                    "https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#accept"),
                    "Accept header is not " + MEDIA_TYPE);
        }
    }

    private static void checkAuthorization(FakeRequest request) throws RejectedRequest {
        var authorization = request.header("Authorization");
        if (authorization.isEmpty()) {
            throw RejectedRequest.violation(Reply.error(401, "Requires authentication", Reply.REST_DOCS),
                    "no Authorization header");
        }
        if (tokenOf(authorization.get()).isEmpty()) {
            throw RejectedRequest.violation(Reply.error(401, "Bad credentials", Reply.REST_DOCS),
                    "Authorization header is not 'Bearer <token>' or 'token <token>'");
        }
    }

    private static void checkBodyFraming(FakeRequest request) throws RejectedRequest {
        boolean hasBody = request.hasBody();
        if (hasBody && !METHODS_WITH_BODY.contains(request.method())) {
            throw RejectedRequest.violation(Reply.error(400, "A " + request.method() + " request has no body.",
                    Reply.REST_DOCS), request.method() + " request with a body");
        }
        boolean json = request.header("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/json"))
                .orElse(false);
        if (hasBody && !json) {
            throw RejectedRequest.violation(Reply.error(400, "Request bodies must be application/json.",
                    Reply.REST_DOCS), "request body without Content-Type application/json");
        }
    }
}
