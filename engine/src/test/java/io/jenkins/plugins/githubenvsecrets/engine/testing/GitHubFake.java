package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;

/**
 * A GitHub REST API on loopback that behaves like GitHub for the secrets and variables GitHub Actions reads (of
 * environments, repositories and organizations, with Dependabot and Codespaces secrets): real X25519 keys, real
 * {@code crypto_box_seal_open} of every written secret, GitHub's status codes and error bodies, paging with
 * {@code Link} headers, and strict checks of every request against GitHub's protocol.
 *
 * <h2>Start and stop</h2>
 * <pre>{@code
 * try (var github = GitHubFake.start()) {           // or GitHubFake.enterprise(): served under /api/v3
 *     github.addToken("t0ken", Permission.WRITE)
 *           .addRepository("acme", "web", 42)
 *           .addEnvironment("acme", "web", "production");
 *     // point the client at github.apiUrl(), e.g. http://127.0.0.1:PORT (no trailing slash)
 *     assertThat(github.valueOf("acme", "web", "production", "API_TOKEN")).contains("s3cret");
 *     github.assertNoProtocolViolations();
 * }
 * }</pre>
 *
 * <h2>Endpoints</h2>
 * Under {@code /repos/{owner}/{repo}} and {@code /repositories/{repository_id}} alike:
 * <ul>
 *   <li>{@code GET} the repository: 200 {@code {id, node_id, name, full_name, private, owner: {login}, ...}}.</li>
 *   <li>{@code GET .../environments} (paged) and {@code GET|PUT .../environments/{name}}: 200 environment; PUT
 *       creates it (with a fresh key pair) and needs {@link Permission#ADMIN}; its optional body is checked
 *       against the schema.</li>
 *   <li>{@code GET .../secrets/public-key}: 200 {@code {key_id, key}}, the key standard base64.</li>
 *   <li>{@code GET .../secrets?per_page&page}: 200 {@code {total_count, secrets: [{name, created_at,
 *       updated_at}]}} sorted by name; per_page defaults to 30, at most 100; {@code Link} has prev/next/last/first
 *       in the {@code /repositories/{id}} form, as github.com sends them.</li>
 *   <li>{@code GET .../secrets/{name}}: 200 metadata, or 404.</li>
 *   <li>{@code PUT .../secrets/{name}} with {@code {encrypted_value, key_id}}: 201 {@code {}} when created, 204
 *       when updated; 422 for a bad name (letters, digits, {@code _}, no leading digit, no {@code GITHUB_}), a
 *       stale {@code key_id} or a box the environment's private key cannot open (both with GitHub's message "Bad
 *       request - validation failed due to an improperly encrypted secret"), a value over 48 KB, or more than
 *       100 secrets in the environment (see {@link #maxSecretsPerEnvironment}).</li>
 *   <li>{@code DELETE .../secrets/{name}}: 204, or 404.</li>
 * </ul>
 * Owner, repository, environment and secret names are case-insensitive; secret names are stored upper case. The
 * environment name is one path segment, percent-decoded on its own ({@code a%2Fb%20c} is {@code a/b c}).
 *
 * <h2>Beyond environments</h2>
 * Repository secrets under {@code /repos/{owner}/{repo}/{actions|dependabot|codespaces}/secrets} and organization
 * secrets under {@code /orgs/{org}/{actions|dependabot|codespaces}/secrets} (see {@link #addOrganization}), each
 * target and application with a key pair of its own: public key, listing, get, {@code PUT} (201/204, 422 as for
 * environments; up to 100 secrets per repository, 1,000 per organization) and delete. An organization secret's
 * {@code PUT} carries {@code visibility} ({@code all}, {@code private}, {@code selected}) and, only with
 * {@code selected}, integer {@code selected_repository_ids}, which must be the organization's repositories; it may
 * leave out the value to change the visibility alone. Variables under {@code .../environments/{name}/variables},
 * {@code /repos/{owner}/{repo}/actions/variables} and {@code /orgs/{org}/actions/variables}: listing with values (10
 * a page by default, at most 30), get, {@code POST} (201; 409 when the name exists), {@code PATCH} (204; a
 * {@code name} renames), delete (204); names as for secrets, values up to 48 KB, counts and a repository's or
 * environment's 256 KB in total bounded as GitHub documents. The selected repositories of an organization secret or
 * variable: {@code GET|PUT .../{name}/repositories} and {@code PUT|DELETE .../{name}/repositories/{repository_id}},
 * 409 while the visibility is not {@code selected}. GraphQL at {@code POST /graphql} ({@code /api/graphql} beside
 * {@code /api/v3}) answers aliased {@code repository(owner:, name:)} lookups, an unknown or hidden repository as
 * {@code null} with an error of type {@code NOT_FOUND} (see {@link GraphQlApi}). {@link #target} sets up and
 * inspects any target.
 *
 * <h2>Tokens</h2>
 * {@code Authorization: Bearer <token>} or {@code token <token>}. An unknown token gets 401 "Bad credentials"; a
 * token with no permission sees every repository and organization as 404 (as GitHub hides private ones); a token
 * below the endpoint's {@link Permission} gets 403 "Resource not accessible by personal access token". A token added
 * with {@link #addToken} holds its level for every route family, as a classic token's scopes do; one added with
 * {@link #addFineGrainedToken} holds exactly its {@link Grant}s, so a route family it lacks (say Dependabot secrets)
 * answers 403.
 *
 * <h2>Protocol checks</h2>
 * Every request must send {@code Accept: application/vnd.github+json}, {@code X-GitHub-Api-Version: 2022-11-28},
 * a non-blank {@code User-Agent} and an {@code Authorization} header; only PUT, POST and PATCH may have a body, as
 * {@code application/json}; bodies are checked against the schema (a secret body has exactly the schema's two string
 * properties, {@code encrypted_value} matching the schema's base64 pattern); the path must name an endpoint above. A
 * breach gets GitHub's answer (400, 401, 403, 404 or 422) and is kept in {@link #protocolViolations()}, which a test
 * should find empty (a failure inside the fake is kept there too). Messages name fields, never values.
 *
 * <h2>Faults and limits</h2>
 * {@link #failNext}, {@link #refuseNext}, {@link #rateLimitNext}, {@link #retryAfterNext},
 * {@link #dropConnectionNext}, {@link #dropConnectionAfterProcessingNext} and {@link #addHeadersNext} arm faults for requests chosen by a predicate (see
 * {@link RequestMatchers}); the first armed fault a request matches fires. {@link #rotateKey} and
 * {@link #rotateKeyBeforeNextPut} change an environment's key pair. {@link #secondaryLimit} refuses mutating
 * requests that come too close together; {@link #latency} delays every answer. Off by default.
 * {@link #addFormerName} makes the old name of a renamed repository redirect, as GitHub's does; a fault may answer
 * with any redirect, to any origin (another fake serves as a second origin), and {@link #redirectNext} to another
 * path of the fake's own origin.
 *
 * <h2>A server that misbehaves on purpose</h2>
 * {@link #echoNext} answers with a body of any content type (HTML, plain text, JSON, none) made from what the request
 * carried (its {@code Authorization} header, its token, the value a secret PUT sealed, as the environment's private
 * key opens it), and {@link #echoInReasonNext} puts it in the status line; encode it as a test likes (see
 * {@link Encodings}). {@link #listAlso} makes listings show a name no request can reach, such as {@code ..}.
 *
 * <h2>Inspection</h2>
 * {@link #decryptedValue}, {@link #valueOf}, {@link #secretNames}, {@link #secretMetadata}; the request log
 * ({@link #requests()}, {@link #requestCount()}, {@link #mutatingRequestCount()}, {@link #maxConcurrentMutations()}).
 *
 * <p>Setup and inspection methods that name an unknown repository or environment throw
 * {@link IllegalArgumentException}. All methods are thread-safe.
 */
public final class GitHubFake implements AutoCloseable {
    private static final List<String> ENTERPRISE_PREFIX = List.of("api", "v3");
    private static final Map<Integer, String> REASONS = Map.of(
            500, "Server Error", 502, "Bad Gateway", 503, "Service Unavailable", 504, "Gateway Timeout",
            404, "Not Found", 429, "Too Many Requests");

    private final FakeState state = new FakeState();
    private final Faults faults = new Faults();
    private final RequestLog log = new RequestLog();
    private final FakeDispatcher dispatcher;
    private final MockWebServer server = new MockWebServer();
    private final String apiUrl;

    private GitHubFake(List<String> pathPrefix) {
        var api = new GitHubApi(state, faults, log, pathPrefix);
        dispatcher = new FakeDispatcher(api, log);
        server.setDispatcher(dispatcher);
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("the GitHub fake could not listen on loopback", e);
        }
        var base = new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(server.getPort());
        pathPrefix.forEach(base::addPathSegment);
        var url = base.build();
        api.serveAt(url);
        apiUrl = url.toString().replaceAll("/$", "");
    }

    /** A github.com-style API at {@code http://127.0.0.1:PORT}. */
    public static GitHubFake start() {
        return new GitHubFake(List.of());
    }

    /** A GitHub Enterprise Server-style API at {@code http://127.0.0.1:PORT/api/v3}. */
    public static GitHubFake enterprise() {
        return new GitHubFake(ENTERPRISE_PREFIX);
    }

    /** The API base URL without a trailing slash. */
    public String apiUrl() {
        return apiUrl;
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- setup ----

    /** Makes {@code token} known, with these permissions (none: it sees no repository). Replaces earlier ones. */
    public GitHubFake addToken(String token, Permission... permissions) {
        synchronized (state) {
            state.addToken(token, FakeToken.classic(permissions));
        }
        return this;
    }

    public GitHubFake addToken(char[] token, Permission... permissions) {
        return addToken(new String(token), permissions);
    }

    /**
     * Makes {@code token} known as a fine-grained token (or a GitHub App's) holding exactly these permissions: a
     * route whose permission it lacks answers 403, as GitHub does; with none it sees nothing (404).
     */
    public GitHubFake addFineGrainedToken(String token, Grant... grants) {
        synchronized (state) {
            state.addToken(token, FakeToken.fineGrained(grants));
        }
        return this;
    }

    /**
     * Creates an organization, with a key pair of its own for each of Actions, Dependabot and Codespaces. Its
     * repositories are those added with it as owner.
     */
    public GitHubFake addOrganization(String login, long id) {
        synchronized (state) {
            state.addOrganization(login, id);
        }
        return this;
    }

    public GitHubFake addRepository(String owner, String name, long id) {
        synchronized (state) {
            state.addRepository(owner, name, id);
        }
        return this;
    }

    /**
     * Renames (or transfers) a repository as GitHub keeps track of it: {@code /repos/{formerOwner}/{formerName}/...}
     * then answers 301 (GET) or 307 (other methods) with {@code Location} the same path under
     * {@code /repositories/{id}}, to a token that can see the repository.
     */
    public GitHubFake addFormerName(String owner, String repo, String formerOwner, String formerName) {
        synchronized (state) {
            state.addFormerName(repository(owner, repo), formerOwner, formerName);
        }
        return this;
    }

    /** Creates an environment with a fresh key pair, as {@code PUT .../environments/{name}} would. */
    public GitHubFake addEnvironment(String owner, String repo, String environmentName) {
        synchronized (state) {
            var repository = repository(owner, repo);
            if (repository.environment(environmentName).isPresent()) {
                throw new IllegalArgumentException("environment " + environmentName + " exists in " + owner + "/"
                        + repo);
            }
            state.addEnvironment(repository, environmentName);
        }
        return this;
    }

    /**
     * Stores a secret as if a client had written it, without a request. Not bound by the per-environment count,
     * so a test can build long lists; the name must follow GitHub's rules.
     */
    public GitHubFake putSecret(String owner, String repo, String environmentName, String secretName, byte[] value) {
        if (!SecretNames.isValid(secretName)) {
            throw new IllegalArgumentException("GitHub would refuse the secret name " + secretName);
        }
        synchronized (state) {
            var environment = environment(owner, repo, environmentName);
            var now = state.now();
            var stored = environment.secret(secretName)
                    .map(existing -> existing.updated(value, now))
                    .orElseGet(() -> new StoredSecret(SecretNames.canonical(secretName), value, now, now));
            environment.store(secretName, stored);
        }
        return this;
    }

    /**
     * Makes the environment's listings show a secret by this name, which GitHub's rules do not allow and no request
     * reaches (a GET or DELETE of it answers 404, or never arrives: {@code ..} is no name a client can put in a
     * path). Timed now by the fake's clock.
     */
    public GitHubFake listAlso(String owner, String repo, String environmentName, String name) {
        synchronized (state) {
            environment(owner, repo, environmentName).addPhantom(name, state.now());
        }
        return this;
    }

    /**
     * Listings show writes only once they are {@code lag} old (by the fake's clock), as GitHub's listing can lag a
     * write: until then a secret shows its earlier {@code updated_at}, or is missing if that write created it.
     */
    public GitHubFake listingLag(Duration lag) {
        synchronized (state) {
            state.listingLag(lag);
        }
        return this;
    }

    /** The clock for environments' and secrets' timestamps, and the {@code Date} of every answer. */
    public GitHubFake clock(Clock clock) {
        synchronized (state) {
            state.clock(clock);
        }
        return this;
    }

    /** How many secrets a {@code PUT} may leave in one environment; GitHub's 100 by default. */
    public GitHubFake maxSecretsPerEnvironment(int max) {
        synchronized (state) {
            state.maxSecretsPerEnvironment(max);
        }
        return this;
    }

    /**
     * Refuses a mutating request that comes sooner than {@code minGap} after the last one let through: 403,
     * {@code retry-after} in whole seconds (rounded up) and GitHub's secondary-rate-limit message. Refused
     * requests do not restart the gap. The limit applies to requests that passed the token check.
     */
    public GitHubFake secondaryLimit(Duration minGap, Clock clock) {
        synchronized (state) {
            state.secondaryLimit(new SecondaryRateLimit(minGap, clock));
        }
        return this;
    }

    public GitHubFake noSecondaryLimit() {
        synchronized (state) {
            state.secondaryLimit(null);
        }
        return this;
    }

    /** Delays every answer by {@code perRequest}, with real sleeps. Zero (the default) turns it off. */
    public GitHubFake latency(Duration perRequest) {
        return latency(perRequest, Sleeper.THREAD_SLEEP);
    }

    /** Delays every answer by {@code perRequest} through {@code sleeper}, e.g. one that scales time. */
    public GitHubFake latency(Duration perRequest, Sleeper sleeper) {
        dispatcher.latency(perRequest, sleeper);
        return this;
    }

    // ---- targets: environments, repositories and organizations, per application ----

    /**
     * Setup and inspection of {@code target}'s secrets (of its application) and variables, such as
     * {@code github.target(new RepositoryTarget(repo, DEPENDABOT)).valueOf("NPM_TOKEN")}.
     */
    public TargetView target(Target target) {
        return new TargetView(state, target);
    }

    // ---- keys ----

    /** The environment's current public key (32 bytes). */
    public byte[] publicKey(String owner, String repo, String environmentName) {
        synchronized (state) {
            return environment(owner, repo, environmentName).keys().publicKey();
        }
    }

    public String keyId(String owner, String repo, String environmentName) {
        synchronized (state) {
            return environment(owner, repo, environmentName).keys().keyId();
        }
    }

    /** Gives the environment a new key pair and key id now; returns the new key id. */
    public String rotateKey(String owner, String repo, String environmentName) {
        synchronized (state) {
            var environment = environment(owner, repo, environmentName);
            environment.rotate(state.newKeys());
            return environment.keys().keyId();
        }
    }

    /**
     * Rotates the key pair when the next secret {@code PUT} for this environment arrives, just before it is checked:
     * a client that fetched the key earlier gets 422 once, and must fetch the key again.
     */
    public GitHubFake rotateKeyBeforeNextPut(String owner, String repo, String environmentName) {
        synchronized (state) {
            environment(owner, repo, environmentName).rotateBeforeNextPut();
        }
        return this;
    }

    // ---- faults ----

    /**
     * Answers the next {@code times} requests matching {@code which} with exactly this status, headers (may be
     * empty) and body (may be null); a body gets {@code Content-Type: application/json} unless the headers name
     * one. Nothing changes on the fake GitHub.
     */
    public GitHubFake failNext(int times, Predicate<FakeRequest> which, int status, Map<String, String> headers,
            String body) {
        var all = new HashMap<>(headers);
        if (body != null && all.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            all.put("Content-Type", "application/json; charset=utf-8");
        }
        return arm(times, which, Reply.raw(status, all, body));
    }

    /** Answers the next {@code times} matching requests with {@code status} and a GitHub-style error body. */
    public GitHubFake failNext(int times, Predicate<FakeRequest> which, int status) {
        return arm(times, which, Reply.error(status, REASONS.getOrDefault(status, "Error"), Reply.REST_DOCS));
    }

    /**
     * Answers the next {@code times} matching requests as GitHub does when the primary rate limit is used up: 403,
     * {@code x-ratelimit-remaining: 0} and {@code x-ratelimit-reset} at {@code reset} (epoch seconds).
     */
    public GitHubFake rateLimitNext(int times, Predicate<FakeRequest> which, Instant reset) {
        var reply = Reply.error(403, "API rate limit exceeded for user ID 1.",
                        "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api")
                .withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-remaining", "0")
                .withHeader("x-ratelimit-used", "5000")
                .withHeader("x-ratelimit-reset", String.valueOf(reset.getEpochSecond()))
                .withHeader("x-ratelimit-resource", "core");
        return arm(times, which, reply);
    }

    /**
     * Answers the next {@code times} matching requests with a secondary rate limit: {@code status} (403 or 429),
     * {@code retry-after} in whole seconds and GitHub's message.
     */
    public GitHubFake retryAfterNext(int times, Predicate<FakeRequest> which, int status, Duration retryAfter) {
        if (status != 403 && status != 429) {
            throw new IllegalArgumentException("GitHub limits with 403 or 429, not " + status);
        }
        return arm(times, which, SecondaryRateLimit.refusal(status, retryAfter, "FAKE:RETRY-AFTER"));
    }

    /**
     * Answers the next {@code times} matching requests with {@code status} and a GitHub-style error body whose
     * {@code message} is exactly {@code message}. Nothing changes on the fake GitHub.
     */
    public GitHubFake refuseNext(int times, Predicate<FakeRequest> which, int status, String message) {
        return arm(times, which, Reply.error(status, message, Reply.REST_DOCS));
    }

    /**
     * Handles the next {@code times} matching requests as usual (or as an armed fault says), then sets these headers
     * on the answer, replacing the fake's own: any value at all, absurd rate-limit counts or a {@code Link} that
     * leads back to an earlier page.
     */
    public GitHubFake addHeadersNext(int times, Predicate<FakeRequest> which, Map<String, String> headers) {
        synchronized (state) {
            faults.addHeaders(times, which, headers);
        }
        return this;
    }

    /**
     * Answers the next {@code times} matching requests with {@code status} and a body made from what each request
     * carried, as a server that echoes it would; {@code contentType} may be null for none. Nothing changes on the
     * fake GitHub.
     */
    public GitHubFake echoNext(int times, Predicate<FakeRequest> which, int status, String contentType,
            Function<Echo, String> body) {
        synchronized (state) {
            faults.replace(times, which, echo -> {
                var reply = Reply.raw(status, Map.of(), body.apply(echo));
                return contentType == null ? reply : reply.withHeader("Content-Type", contentType);
            });
        }
        return this;
    }

    /**
     * Answers the next {@code times} matching requests with {@code status}, no body, and a status line whose reason
     * phrase is made from what each request carried: {@code HTTP/1.1 502 <reason>}. Nothing changes.
     */
    public GitHubFake echoInReasonNext(int times, Predicate<FakeRequest> which, int status,
            Function<Echo, String> reason) {
        synchronized (state) {
            faults.replace(times, which, echo -> Reply.raw(status, Map.of(), null).withReason(reason.apply(echo)));
        }
        return this;
    }

    /**
     * Answers the next {@code times} matching requests with {@code status} (a redirect) to another path on this
     * fake's own origin: {@code Location} is {@code newPath} applied to the request's encoded path (the API's prefix
     * included), without query. Nothing changes; where it points is then answered as usual.
     */
    public GitHubFake redirectNext(int times, Predicate<FakeRequest> which, int status, UnaryOperator<String> newPath) {
        synchronized (state) {
            faults.replace(times, which, echo -> {
                var target = HttpUrl.get(apiUrl).newBuilder().encodedPath(newPath.apply(echo.path())).build();
                return Reply.raw(status, Map.of("Location", target.toString()), null);
            });
        }
        return this;
    }

    /** Closes the connection instead of answering the next {@code times} matching requests; nothing changes. */
    public GitHubFake dropConnectionNext(int times, Predicate<FakeRequest> which) {
        return arm(times, which, Reply.error(500, "connection dropped", Reply.REST_DOCS).droppingConnection());
    }

    /**
     * Handles the next {@code times} matching requests (a PUT is stored), then closes the connection instead of
     * answering: the client sees an I/O error for a write that happened.
     */
    public GitHubFake dropConnectionAfterProcessingNext(int times, Predicate<FakeRequest> which) {
        synchronized (state) {
            faults.dropAfterProcessing(times, which);
        }
        return this;
    }

    /** Disarms every fault that has not fired yet. */
    public GitHubFake clearFaults() {
        synchronized (state) {
            faults.clear();
        }
        return this;
    }

    private GitHubFake arm(int times, Predicate<FakeRequest> which, Reply reply) {
        synchronized (state) {
            faults.replace(times, which, reply);
        }
        return this;
    }

    // ---- inspection ----

    public boolean hasEnvironment(String owner, String repo, String environmentName) {
        synchronized (state) {
            return repository(owner, repo).environment(environmentName).isPresent();
        }
    }

    /** The environment's secret names, upper case, sorted. */
    public List<String> secretNames(String owner, String repo, String environmentName) {
        synchronized (state) {
            var names = new ArrayList<String>();
            environment(owner, repo, environmentName).secrets().forEach(secret -> names.add(secret.metadata().name()));
            return names;
        }
    }

    public Optional<SecretMetadata> secretMetadata(String owner, String repo, String environmentName,
            String secretName) {
        synchronized (state) {
            return environment(owner, repo, environmentName).secret(secretName).map(StoredSecret::metadata);
        }
    }

    /**
     * The plaintext of a stored secret, as the environment's private key opened it (a copy).
     *
     * @throws NoSuchElementException when there is no such secret
     */
    public byte[] decryptedValue(String owner, String repo, String environmentName, String secretName) {
        synchronized (state) {
            return environment(owner, repo, environmentName).secret(secretName)
                    .orElseThrow(() -> new NoSuchElementException("no secret " + secretName + " in environment "
                            + environmentName + " of " + owner + "/" + repo))
                    .value();
        }
    }

    /** The plaintext of a stored secret as UTF-8 text; empty when there is no such secret. */
    public Optional<String> valueOf(String owner, String repo, String environmentName, String secretName) {
        synchronized (state) {
            return environment(owner, repo, environmentName).secret(secretName)
                    .map(secret -> new String(secret.value(), StandardCharsets.UTF_8));
        }
    }

    /** Every answered request, in the order the answers went out. */
    public List<FakeRequest> requests() {
        return log.requests();
    }

    public List<FakeRequest> requests(String method) {
        return log.requests().stream().filter(request -> request.method().equalsIgnoreCase(method)).toList();
    }

    public int requestCount() {
        return log.requests().size();
    }

    /** PUT, DELETE, POST and PATCH requests answered so far, whatever the answer. */
    public int mutatingRequestCount() {
        return (int) log.requests().stream().filter(FakeRequest::isMutating).count();
    }

    /** The most requests that were in the fake at the same time; meaningful with {@link #latency}. */
    public int maxConcurrentRequests() {
        return log.maxInFlight();
    }

    /** The most mutating requests that were in the fake at the same time; 1 for a client that writes in order. */
    public int maxConcurrentMutations() {
        return log.maxMutationsInFlight();
    }

    /** Forgets the logged requests (e.g. after a test's setup); protocol violations are kept. */
    public GitHubFake clearRequests() {
        log.clearRequests();
        return this;
    }

    /** What requests did that GitHub's protocol does not allow, each as "METHOD /path: problem". */
    public List<String> protocolViolations() {
        return log.violations();
    }

    /** @throws AssertionError listing the protocol violations, if there were any */
    public void assertNoProtocolViolations() {
        var violations = log.violations();
        if (!violations.isEmpty()) {
            throw new AssertionError("requests broke GitHub's protocol:\n  " + String.join("\n  ", violations));
        }
    }

    private FakeRepository repository(String owner, String repo) {
        return state.repository(new RepositoryRef.ByName(owner, repo))
                .orElseThrow(() -> new IllegalArgumentException("no repository " + owner + "/" + repo));
    }

    private FakeEnvironment environment(String owner, String repo, String environmentName) {
        return repository(owner, repo).environment(environmentName)
                .orElseThrow(() -> new IllegalArgumentException("no environment " + environmentName + " in "
                        + owner + "/" + repo));
    }
}
