package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * GitHub's REST API for the secrets and variables GitHub Actions reads: one method per endpoint, for every
 * {@link Target} (an environment, a repository or an organization, per application). A target's routes are its
 * {@link Target#routeSegments()} followed by {@code secrets} or {@code variables}; names are sent as single encoded
 * path segments. A pair GitHub does not offer (such as Dependabot variables) is refused with an
 * {@link IllegalArgumentException} naming it, before any request. Writes go one at a time and paced; server errors,
 * connection failures and rate limits are tried again within the {@link RetryPolicy}. Every failure is a
 * {@link GitHubApiException} whose message names the target and the secret or variable, never the token or a value:
 * whatever text of the server's goes into a message is first scrubbed with the client's {@link #mask()}, which hides
 * the token and, once given them, the sync's values, in every form the mask knows and whatever the answer's content
 * type.
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
    private final GitHubApiUrl api;
    private final AccessToken token;
    private final Transport transport;
    private final ServerText serverText;
    /** GitHub's clock as the answers showed it, to time writes by. */
    private final GitHubClock gitHubClock;
    private final SecretEndpoints secrets;
    private final VariableEndpoints variables;
    private final SelectionEndpoints selections;
    private final RepositoryIdLookup repositoryIds;
    /** How a refusal names the token's source; null when not told. */
    private final String tokenSource;

    private GitHubClient(Builder builder) {
        this.api = builder.api;
        this.gitHubClock = new GitHubClock(builder.clock);
        this.token = builder.token.copy();
        this.tokenSource = builder.tokenSource;
        this.serverText = new ServerText(builder.mask != null ? checkedMask(builder.mask, token)
                : token.addTo(SecretMask.builder()).build());
        OkHttpClient http = (builder.base == null ? SharedHttpClient.INSTANCE : builder.base).newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                // Redirects are followed by hand, never off the API's origin.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        Pacer pacer = new Pacer(builder.mutationGap, builder.clock, builder.sleeper, builder.writeLane);
        this.transport = new Transport(api, token, serverText, http, builder.userAgent, builder.retryPolicy,
                builder.clock, builder.sleeper, builder.listener, pacer);
        Exchange exchange = new ClientExchange();
        this.secrets = new SecretEndpoints(exchange);
        this.variables = new VariableEndpoints(exchange);
        this.selections = new SelectionEndpoints(exchange);
        this.repositoryIds = new RepositoryIdLookup(exchange);
    }

    /** A builder for a client of {@code api} that authenticates with a copy of {@code token}. */
    public static Builder builder(GitHubApiUrl api, AccessToken token) {
        return new Builder(api, token);
    }

    public GitHubApiUrl apiUrl() {
        return api;
    }

    /** The mask that scrubs every text of the server's before it enters a message: the token, and any values given. */
    public SecretMask mask() {
        return serverText.mask();
    }

    /**
     * From now on, scrubs the server's text with a mask of {@code values} and this client's token, compiled once here;
     * for a sync whose client was built without its mask. The builder is emptied, as {@link SecretMask.Builder#build()}
     * does.
     */
    public void maskAlso(SecretMask.Builder values) {
        serverText.mask(token.addTo(values).build());
    }

    private static SecretMask checkedMask(SecretMask mask, AccessToken token) {
        if (!token.coveredBy(mask)) {
            throw new IllegalArgumentException("The mask given to the GitHub client does not hide its token; build"
                    + " the mask with the token among its secrets");
        }
        return mask;
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
        RequestContext request = RequestContext.repositoryId("GET", id);
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

    /**
     * {@code GET .../environments/{environment}/secrets/public-key}: the key to seal this environment's values.
     *
     * @throws IllegalArgumentException for an environment name GitHub cannot hold ({@link EnvironmentName#of})
     */
    public EnvironmentPublicKey getPublicKey(RepositoryCoordinates repository, String environment)
            throws InterruptedException {
        TargetPublicKey key = getPublicKey(environmentTarget(repository, environment));
        return new EnvironmentPublicKey(key.keyId(), key.keyBase64());
    }

    /** {@code GET .../environments/{environment}/secrets}: as {@link #listSecrets(Target)}. */
    public List<SecretMetadata> listSecrets(RepositoryCoordinates repository, String environment)
            throws InterruptedException {
        return listSecrets(environmentTarget(repository, environment));
    }

    /** {@code GET .../environments/{environment}/secrets/{name}}: as {@link #getSecret(Target, String)}. */
    public Optional<SecretMetadata> getSecret(RepositoryCoordinates repository, String environment,
            String secretName) throws InterruptedException {
        return getSecret(environmentTarget(repository, environment), secretName);
    }

    /**
     * {@code PUT .../environments/{environment}/secrets/{name}}: as
     * {@link #putSecret(Target, String, String, String)}.
     */
    public WriteReceipt putSecret(RepositoryCoordinates repository, String environment, String secretName,
            String encryptedValueBase64, String keyId) throws InterruptedException {
        return putSecret(environmentTarget(repository, environment), secretName, encryptedValueBase64, keyId);
    }

    /** {@code DELETE .../environments/{environment}/secrets/{name}}: as {@link #deleteSecret(Target, String)}. */
    public boolean deleteSecret(RepositoryCoordinates repository, String environment, String secretName)
            throws InterruptedException {
        return deleteSecret(environmentTarget(repository, environment), secretName);
    }

    // ---- secrets of every target ----

    /**
     * {@code GET {target}/secrets/public-key}: the key to seal values for this target and application, such as
     * {@code /repos/{owner}/{repo}/dependabot/secrets/public-key} or {@code /orgs/{org}/actions/secrets/public-key}.
     * Each target has its own key for each application; a value sealed with another one cannot be opened there.
     */
    public TargetPublicKey getPublicKey(Target target) throws InterruptedException {
        return secrets.publicKey(target);
    }

    /**
     * {@code GET {target}/secrets}: every secret's metadata, 100 a page, following the pages through the
     * {@code Link} header (or, without one, {@code total_count}). A link back to a page already read fails at once.
     * For an organization, {@link #listOrganizationSecrets} also tells each secret's visibility.
     */
    public List<SecretMetadata> listSecrets(Target target) throws InterruptedException {
        return secrets.list(target);
    }

    /** {@code GET /orgs/{org}/{application}/secrets}: every secret's metadata and visibility, paged as above. */
    public List<OrganizationSecret> listOrganizationSecrets(OrganizationTarget target) throws InterruptedException {
        return secrets.listOrganization(target);
    }

    /**
     * {@code GET {target}/secrets/{name}}: the secret's metadata.
     *
     * @return empty on 404, which GitHub also answers when the target is missing or not visible
     */
    public Optional<SecretMetadata> getSecret(Target target, String secretName) throws InterruptedException {
        return secrets.get(target, secretName);
    }

    /**
     * {@code PUT {target}/secrets/{name}} with {@code {encrypted_value, key_id}}, for an environment or a repository.
     *
     * @param encryptedValueBase64 the value sealed with the target's public key, in standard base64
     * @param keyId the id of that public key
     * @return {@link WriteOutcome#CREATED} on 201, {@link WriteOutcome#UPDATED} on 204, with GitHub's time of it
     * @throws GitHubValidationException on 422, also when GitHub rotated the key since it was fetched; only the
     *     caller knows whether fetching it again may help
     * @throws IllegalArgumentException for an organization, whose secrets need their visibility
     *     ({@link #putOrganizationSecret}), before any request
     */
    public WriteReceipt putSecret(Target target, String secretName, String encryptedValueBase64, String keyId)
            throws InterruptedException {
        return secrets.put(target, secretName, encryptedValueBase64, keyId);
    }

    /**
     * {@code PUT /orgs/{org}/{application}/secrets/{name}} with {@code {encrypted_value, key_id, visibility}} and, for
     * {@code selected}, {@code selected_repository_ids}: writes the value and which repositories may read it.
     *
     * @return as {@link #putSecret(Target, String, String, String)}
     */
    public WriteReceipt putOrganizationSecret(OrganizationTarget target, String secretName,
            String encryptedValueBase64, String keyId, RepositoryAccess access) throws InterruptedException {
        return secrets.putOrganization(target, secretName, encryptedValueBase64, keyId, access);
    }

    /**
     * {@code DELETE {target}/secrets/{name}}.
     *
     * @return true on 204, false on 404 (nothing to delete, or the target is missing)
     */
    public boolean deleteSecret(Target target, String secretName) throws InterruptedException {
        return secrets.delete(target, secretName);
    }

    // ---- variables of environments, repositories and organizations (Actions only) ----

    /**
     * {@code GET {target}/variables}: every variable with its value, 30 a page (GitHub's most for variables),
     * following the pages as {@link #listSecrets(Target)} does. For an organization, {@link #listOrganizationVariables}
     * also tells each variable's visibility.
     */
    public List<VariableMetadata> listVariables(Target target) throws InterruptedException {
        return variables.list(target);
    }

    /** {@code GET /orgs/{org}/actions/variables}: every variable with its value and visibility, paged as above. */
    public List<OrganizationVariable> listOrganizationVariables(OrganizationTarget target)
            throws InterruptedException {
        return variables.listOrganization(target);
    }

    /**
     * {@code GET {target}/variables/{name}}: the variable with its value.
     *
     * @return empty on 404, which GitHub also answers when the target is missing or not visible
     */
    public Optional<VariableMetadata> getVariable(Target target, String name) throws InterruptedException {
        return variables.get(target, name);
    }

    /**
     * {@code POST {target}/variables} with {@code {name, value}}, for an environment or a repository.
     *
     * @return {@link WriteOutcome#CREATED} (201), with GitHub's time of it
     * @throws GitHubConflictException on 409: a variable of that name exists already and was left as it is
     * @throws IllegalArgumentException for an organization ({@link #createOrganizationVariable}), before any request
     */
    public WriteReceipt createVariable(Target target, String name, String value) throws InterruptedException {
        return variables.create(target, name, value);
    }

    /**
     * {@code POST /orgs/{org}/actions/variables} with {@code {name, value, visibility}} and, for {@code selected},
     * {@code selected_repository_ids}.
     *
     * @return as {@link #createVariable}
     * @throws GitHubConflictException on 409, as for {@link #createVariable}
     */
    public WriteReceipt createOrganizationVariable(OrganizationTarget target, String name, String value,
            RepositoryAccess access) throws InterruptedException {
        return variables.createOrganization(target, name, value, access);
    }

    /**
     * {@code PATCH {target}/variables/{name}} with {@code {value}}, for an environment or a repository.
     *
     * @return {@link WriteOutcome#UPDATED} (204), with GitHub's time of it
     * @throws GitHubNotFoundException on 404: no such variable (or target) to update
     * @throws IllegalArgumentException for an organization ({@link #updateOrganizationVariable}), before any request
     */
    public WriteReceipt updateVariable(Target target, String name, String value) throws InterruptedException {
        return variables.update(target, name, value);
    }

    /**
     * {@code PATCH /orgs/{org}/actions/variables/{name}} with {@code {value, visibility}} and, for {@code selected},
     * {@code selected_repository_ids}.
     *
     * @return as {@link #updateVariable}
     */
    public WriteReceipt updateOrganizationVariable(OrganizationTarget target, String name, String value,
            RepositoryAccess access) throws InterruptedException {
        return variables.updateOrganization(target, name, value, access);
    }

    /**
     * {@code DELETE {target}/variables/{name}}.
     *
     * @return true on 204, false on 404 (nothing to delete, or the target is missing)
     */
    public boolean deleteVariable(Target target, String name) throws InterruptedException {
        return variables.delete(target, name);
    }

    // ---- which repositories may read an organization secret or variable ----

    /**
     * {@code GET /orgs/{org}/{application}/secrets/{name}/repositories} or
     * {@code GET /orgs/{org}/actions/variables/{name}/repositories}: the selected repositories, 100 a page.
     *
     * @throws GitHubConflictException on 409: the visibility is not {@code selected}
     */
    public List<RepositoryInfo> selectedRepositories(OrganizationTarget target, ValueKind kind, String name)
            throws InterruptedException {
        return selections.selected(target, kind, name);
    }

    /**
     * {@code PUT /orgs/{org}/{application}/secrets/{name}/repositories} or
     * {@code PUT /orgs/{org}/actions/variables/{name}/repositories} with {@code {selected_repository_ids}}: replaces
     * the selection (204).
     *
     * @return {@link WriteOutcome#UPDATED}, with GitHub's time of it
     * @throws GitHubConflictException on 409: the visibility is not {@code selected}
     * @throws IllegalArgumentException for an id that is not positive or is given twice, before any request
     */
    public WriteReceipt replaceSelectedRepositories(OrganizationTarget target, ValueKind kind, String name,
            Collection<Long> repositoryIds) throws InterruptedException {
        return selections.replace(target, kind, name, repositoryIds);
    }

    /**
     * {@code POST {graphql}} with one aliased {@code repository(owner:, name:) { databaseId }} per name, up to 100
     * names a request: the numeric ids that {@code selected_repository_ids} takes. The GraphQL endpoint lies beside
     * the API URL on the same server ({@code https://api.github.com/graphql}, {@code https://HOST/api/graphql}).
     *
     * @return the ids found, and for each unknown name a problem naming it; no request for no names
     */
    public RepositoryIds resolveRepositoryIds(Collection<RepositoryCoordinates> repositories)
            throws InterruptedException {
        return repositoryIds.resolve(repositories);
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
        return observed(answer(transport.send(request.method(), url.build(), jsonBody, request), request));
    }

    private Answer answer(ApiResponse response, RequestContext request) {
        return new Answer(response, request, tokenSource);
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
        return Items.repository(answer, answer.json());
    }

    private static EnvironmentTarget environmentTarget(RepositoryCoordinates repository, String environment) {
        return new EnvironmentTarget(repository, EnvironmentName.of(environment));
    }

    /** The endpoint classes' way to GitHub: this client's transport, and GitHub's clock to time writes by. */
    private final class ClientExchange implements Exchange {
        @Override
        public GitHubApiUrl api() {
            return api;
        }

        @Override
        public Answer send(RequestContext request, HttpUrl url, byte[] jsonBody) throws InterruptedException {
            return observed(answer(transport.send(request.method(), url, jsonBody, request), request));
        }

        @Override
        public Answer send(RequestContext request, HttpUrl url, byte[] jsonBody, String sent)
                throws InterruptedException {
            ApiResponse response = transport.send(request.method(), url, jsonBody, request);
            return observed(answer(EchoFilter.hide(response, sent), request));
        }

        @Override
        public WriteReceipt receipt(WriteOutcome outcome, Answer answer) {
            GitHubClock.WriteTime time = gitHubClock.timeOfWrite(answer.response().headers().getInstant("Date"));
            return new WriteReceipt(outcome, time.storedAt(), time.distrustedDate());
        }
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
        private SecretMask mask;
        private String tokenSource;

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

        /**
         * The mask that scrubs the server's text before it enters a message: the one that guards the sync's log, with
         * the token and every value of the sync, so that one mask serves both. Without it the client masks its token
         * alone until {@link GitHubClient#maskAlso} gives it the values.
         *
         * @throws IllegalArgumentException at {@link #build()} if the mask does not hide the token
         */
        public Builder mask(SecretMask mask) {
            this.mask = Objects.requireNonNull(mask, "mask");
            return this;
        }

        /**
         * How a refusal of the token (401, 403) names where it comes from, such as {@code credential 'github-token'},
         * so that its reader knows which credential to fix: "GitHub did not accept the token of credential
         * 'github-token'". A label, never the token; a control character in it shows as {@code ?}, and it is cut
         * after 200 characters.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder tokenSource(String description) {
            Objects.requireNonNull(description, "description");
            if (description.isBlank()) {
                throw new IllegalArgumentException("A token's source is a label, such as credential 'github-token'");
            }
            String shown = description.strip().codePoints()
                    .map(c -> Character.isISOControl(c) ? '?' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            this.tokenSource = shown.length() <= 200 ? shown : shown.substring(0, 200) + "...";
            return this;
        }

        /**
         * @throws IllegalStateException if the token was destroyed
         * @throws IllegalArgumentException if a {@link #mask} was given that does not hide the token
         */
        public GitHubClient build() {
            return new GitHubClient(this);
        }
    }
}
