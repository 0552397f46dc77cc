package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * GitHub's REST API for environment secrets: one method per endpoint. Names are sent as single encoded path
 * segments; writes go one at a time and paced; server errors, connection failures and rate limits are tried again
 * within the {@link RetryPolicy}. Every failure is a {@link GitHubApiException} whose message names the repository,
 * environment and secret, never the token or a value.
 *
 * <p>Thread-safe. Every method may block while waiting out a retry or a rate limit, and throws
 * {@link InterruptedException} if interrupted meanwhile. All waits of one client share the policy's total wait, so
 * a client serves one sync. An answer's body is read up to 1 MiB; a larger one fails the request.
 */
public final class GitHubClient implements AutoCloseable {
    /**
     * GitHub asks for a second between writes and judges it by when they arrive; 50 ms more absorbs the jitter
     * between our clock and its arrivals, which at exactly one second gets writes refused now and then.
     */
    public static final Duration DEFAULT_MUTATION_GAP = Duration.ofMillis(1050);
    private static final int PER_PAGE = 100;
    /** GitHub holds at most 100 secrets per environment; this only stops a server that never ends its pages. */
    private static final int MAX_PAGES = 100;

    private final GitHubApiUrl api;
    private final AccessToken token;
    private final Transport transport;
    /** GitHub's clock as the answers showed it, to time writes by. */
    private final GitHubClock gitHubClock;

    private GitHubClient(Builder builder) {
        this.api = builder.api;
        this.gitHubClock = new GitHubClock(builder.clock);
        this.token = builder.token.copy();
        OkHttpClient http = (builder.base == null ? SharedHttpClient.INSTANCE : builder.base).newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                // Redirects are followed by hand, never off the API's origin.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        Pacer pacer = new Pacer(builder.mutationGap, builder.clock, builder.sleeper, builder.writeLane);
        this.transport = new Transport(api, token, http, builder.userAgent, builder.retryPolicy, builder.clock,
                builder.sleeper, builder.listener, pacer);
    }

    /** A builder for a client of {@code api} that authenticates with a copy of {@code token}. */
    public static Builder builder(GitHubApiUrl api, AccessToken token) {
        return new Builder(api, token);
    }

    public GitHubApiUrl apiUrl() {
        return api;
    }

    /** {@code GET /repos/{owner}/{repo}}: the repository's id and current owner and name. */
    public RepositoryInfo getRepository(RepositoryCoordinates repository) throws InterruptedException {
        RequestContext request = context("GET", repository, null, null);
        return repositoryInfo(call(request, api.resolve("repos", repository.owner(), repository.name()), null)
                .expect(200));
    }

    /** {@code GET /repositories/{id}}: resolves a numeric repository id to its owner and name. */
    public RepositoryInfo getRepository(long id) throws InterruptedException {
        if (id <= 0) {
            throw new IllegalArgumentException("A repository id is a positive number, not " + id);
        }
        RequestContext request = new RequestContext("GET", "id " + id, null, null);
        return repositoryInfo(call(request, api.resolve("repositories", Long.toString(id)), null).expect(200));
    }

    /**
     * {@code GET /repos/{owner}/{repo}/environments/{environment}}.
     *
     * @return false on 404, which GitHub also answers when the token cannot see the repository
     */
    public boolean environmentExists(RepositoryCoordinates repository, String environment)
            throws InterruptedException {
        RequestContext request = context("GET", repository, environment, null);
        return call(request, environmentUrl(repository, environment), null).expect(200, 404).status() == 200;
    }

    /**
     * {@code PUT /repos/{owner}/{repo}/environments/{environment}} with an empty object: creates the environment and
     * sends no settings, so an existing environment keeps its protection rules.
     */
    public void createEnvironment(RepositoryCoordinates repository, String environment) throws InterruptedException {
        RequestContext request = context("PUT", repository, environment, null);
        call(request, environmentUrl(repository, environment), Json.bytes(Json.object())).expect(200, 201);
    }

    /** {@code GET .../environments/{environment}/secrets/public-key}: the key to seal this environment's values. */
    public EnvironmentPublicKey getPublicKey(RepositoryCoordinates repository, String environment)
            throws InterruptedException {
        RequestContext request = context("GET", repository, environment, null);
        Answer answer = call(request, environmentUrl(repository, environment, "secrets", "public-key"), null)
                .expect(200);
        JsonNode json = answer.json();
        return new EnvironmentPublicKey(answer.text(json, "key_id"), answer.text(json, "key"));
    }

    /**
     * {@code GET .../environments/{environment}/secrets}: every secret's metadata, following the pages through the
     * {@code Link} header (or, without one, {@code total_count}). A link back to a page already read fails at once.
     */
    public List<SecretMetadata> listSecrets(RepositoryCoordinates repository, String environment)
            throws InterruptedException {
        RequestContext request = context("GET", repository, environment, null);
        HttpUrl first = environmentUrl(repository, environment, "secrets")
                .addQueryParameter("per_page", Integer.toString(PER_PAGE))
                .build();
        List<SecretMetadata> secrets = new ArrayList<>();
        Map<HttpUrl, Integer> read = new HashMap<>();
        HttpUrl page = first;
        for (int number = 1; page != null; number++) {
            read.put(page, number);
            Answer answer = observed(new Answer(transport.send("GET", page, null, request), request)).expect(200);
            JsonNode items = answer.json().path("secrets");
            if (!items.isArray() || number > MAX_PAGES) {
                throw answer.malformed(items.isArray() ? "still has more pages after " + MAX_PAGES
                        : "has no 'secrets' list");
            }
            if (items.size() > PER_PAGE) {
                // Bounds what a listing can hold: at most MAX_PAGES pages of PER_PAGE secrets.
                throw answer.malformed("has " + items.size() + " secrets on a page of at most " + PER_PAGE);
            }
            for (JsonNode item : items) {
                secrets.add(secret(answer, item));
            }
            page = nextPage(answer, page, first, number, items.size(), secrets.size());
            if (page != null && read.containsKey(page)) {
                throw answer.malformed("to page " + number + " links its next page back to page " + read.get(page)
                        + ", which was read already");
            }
        }
        return secrets;
    }

    /**
     * {@code GET .../environments/{environment}/secrets/{name}}: the secret's metadata.
     *
     * @return empty on 404, which GitHub also answers when the environment is missing or not visible
     */
    public Optional<SecretMetadata> getSecret(RepositoryCoordinates repository, String environment,
            String secretName) throws InterruptedException {
        RequestContext request = context("GET", repository, environment, secretName);
        Answer answer = call(request, environmentUrl(repository, environment, "secrets", secretName), null)
                .expect(200, 404);
        return answer.status() == 404 ? Optional.empty() : Optional.of(secret(answer, answer.json()));
    }

    /**
     * {@code PUT .../environments/{environment}/secrets/{name}} with {@code {encrypted_value, key_id}}.
     *
     * @param encryptedValueBase64 the value sealed with the environment's public key, in standard base64
     * @param keyId the id of that public key
     * @return {@link WriteOutcome#CREATED} on 201, {@link WriteOutcome#UPDATED} on 204, with GitHub's time of it
     * @throws GitHubValidationException on 422, also when GitHub rotated the key since it was fetched; only the
     *     caller knows whether fetching it again may help
     */
    public WriteReceipt putSecret(RepositoryCoordinates repository, String environment, String secretName,
            String encryptedValueBase64, String keyId) throws InterruptedException {
        Objects.requireNonNull(encryptedValueBase64, "encryptedValueBase64");
        Objects.requireNonNull(keyId, "keyId");
        RequestContext request = context("PUT", repository, environment, secretName);
        byte[] body = Json.bytes(Json.object().put("encrypted_value", encryptedValueBase64).put("key_id", keyId));
        Answer answer = call(request, environmentUrl(repository, environment, "secrets", secretName), body)
                .expect(201, 204);
        GitHubClock.WriteTime time = gitHubClock.timeOfWrite(answer.response().headers().getInstant("Date"));
        return new WriteReceipt(answer.status() == 201 ? WriteOutcome.CREATED : WriteOutcome.UPDATED,
                time.storedAt(), time.distrustedDate());
    }

    /**
     * {@code DELETE .../environments/{environment}/secrets/{name}}.
     *
     * @return true on 204, false on 404 (nothing to delete, or the environment is missing)
     */
    public boolean deleteSecret(RepositoryCoordinates repository, String environment, String secretName)
            throws InterruptedException {
        RequestContext request = context("DELETE", repository, environment, secretName);
        return call(request, environmentUrl(repository, environment, "secrets", secretName), null)
                .expect(204, 404).status() == 204;
    }

    /** Clears this client's copy of the token; the client cannot be used afterwards. */
    @Override
    public void close() {
        token.destroy();
    }

    @Override
    public String toString() {
        return "GitHubClient[" + api + "]";
    }

    private Answer call(RequestContext request, HttpUrl.Builder url, byte[] jsonBody) throws InterruptedException {
        return observed(new Answer(transport.send(request.method(), url.build(), jsonBody, request), request));
    }

    /** Notes how far GitHub's clock is from ours, from the answer's {@code Date}, to time writes by. */
    private Answer observed(Answer answer) {
        gitHubClock.observe(answer.response().headers().getInstant("Date"));
        return answer;
    }

    /** {@code /repos/{owner}/{repo}/environments/{environment}/{below...}}, each name one encoded segment. */
    private HttpUrl.Builder environmentUrl(RepositoryCoordinates repository, String environment, String... below) {
        List<String> segments = new ArrayList<>(
                List.of("repos", repository.owner(), repository.name(), "environments", environment));
        segments.addAll(List.of(below));
        return api.resolve(segments.toArray(String[]::new));
    }

    private static RequestContext context(String method, RepositoryCoordinates repository, String environment,
            String secret) {
        return new RequestContext(method, repository.toString(), environment, secret);
    }

    private static RepositoryInfo repositoryInfo(Answer answer) {
        JsonNode json = answer.json();
        String owner = answer.text(json.path("owner"), "login");
        String name = answer.text(json, "name");
        try {
            return new RepositoryInfo(answer.number(json, "id"), new RepositoryCoordinates(owner, name));
        } catch (IllegalArgumentException e) {
            throw answer.malformed("names a repository that is not valid");
        }
    }

    private static SecretMetadata secret(Answer answer, JsonNode json) {
        return new SecretMetadata(answer.text(json, "name"), answer.instant(json, "created_at"),
                answer.instant(json, "updated_at"));
    }

    /** The next page from the {@code Link} header, or from {@code total_count} when there is none; null at the end. */
    private HttpUrl nextPage(Answer answer, HttpUrl current, HttpUrl first, int number, int itemsOnPage,
            int collected) {
        Optional<String> link = LinkHeader.next(answer.response().header("Link").orElse(null));
        if (link.isPresent()) {
            HttpUrl next = current.resolve(link.get());
            // The token goes with the next request, so the link must stay inside this API.
            if (next == null || !api.contains(next)) {
                throw answer.malformed("links its next page outside " + api);
            }
            return next;
        }
        JsonNode total = answer.json().path("total_count");
        if (itemsOnPage > 0 && total.canConvertToLong() && collected < total.asLong()) {
            return first.newBuilder().setQueryParameter("page", Integer.toString(number + 1)).build();
        }
        return null;
    }

    /** The client behind every client built without one, so that all share one connection pool. */
    private static final class SharedHttpClient {
        static final OkHttpClient INSTANCE = new OkHttpClient();
    }

    /** Options of a {@link GitHubClient}; only the API URL and the token are required. */
    public static final class Builder {
        private final GitHubApiUrl api;
        private final AccessToken token;
        private OkHttpClient base;
        private String userAgent = UserAgent.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private RequestListener listener = RequestListener.NONE;
        private Duration mutationGap = DEFAULT_MUTATION_GAP;
        private WriteLane writeLane = new WriteLane();

        private Builder(GitHubApiUrl api, AccessToken token) {
            this.api = Objects.requireNonNull(api, "api");
            this.token = Objects.requireNonNull(token, "token");
        }

        /**
         * The client to derive from (for example one that knows the proxy); its connection pool is shared, while
         * timeouts become 10 s to connect, 30 s to read and 60 s per call.
         */
        public Builder httpClient(OkHttpClient base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        /** The {@code User-Agent}, product/version; GitHub asks every client to name itself. */
        public Builder userAgent(String productAndVersion) {
            this.userAgent = UserAgent.check(productAndVersion);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public Builder listener(RequestListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Writes through {@code lane}, shared with other clients of the same GitHub, so that together they write one
         * at a time and keep the gap; by default each client has a lane of its own.
         */
        public Builder writeLane(WriteLane lane) {
            this.writeLane = Objects.requireNonNull(lane, "lane");
            return this;
        }

        /**
         * The least time between the start of one write (PUT, DELETE) and the start of the next, never before the
         * previous one ended; {@link #DEFAULT_MUTATION_GAP} by default.
         */
        public Builder mutationGap(Duration gap) {
            Objects.requireNonNull(gap, "gap");
            if (gap.isNegative()) {
                throw new IllegalArgumentException("The gap between writes must not be negative, not " + gap);
            }
            this.mutationGap = gap;
            return this;
        }

        /** @throws IllegalStateException if the token was destroyed */
        public GitHubClient build() {
            return new GitHubClient(this);
        }
    }
}
