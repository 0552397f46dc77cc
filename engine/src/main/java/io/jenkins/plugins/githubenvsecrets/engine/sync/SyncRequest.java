package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.InvalidSecretValueException;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one sync needs, validated as a whole: where (API URL, repository, environments), what (secret names and
 * values) and how (options). It owns the values: {@link #close()} clears them.
 */
public final class SyncRequest implements AutoCloseable {
    /** GitHub's limit of secrets in one environment. */
    static final int MAX_SECRETS_PER_ENVIRONMENT = 100;

    private final GitHubApiUrl apiUrl;
    private final RepositoryReference repository;
    private final List<EnvironmentName> environments;
    private final Map<SecretName, SecretValue> secrets;
    private final List<SecretName> removals;
    private final SyncOptions options;
    private final String identity;
    private final String job;
    private final int buildNumber;
    private final Map<SecretName, String> sources;

    private SyncRequest(Builder builder) {
        this.apiUrl = builder.resolvedApiUrl;
        this.repository = builder.repository;
        this.environments = List.copyOf(builder.environments);
        this.secrets = Collections.unmodifiableMap(new LinkedHashMap<>(builder.secrets));
        this.removals = List.copyOf(builder.removals);
        this.options = builder.options;
        this.identity = builder.identity != null ? builder.identity : builder.job != null ? builder.job : "default";
        this.job = builder.job;
        this.buildNumber = builder.buildNumber;
        this.sources = Map.copyOf(builder.sources);
    }

    public static Builder builder() {
        return new Builder();
    }

    public GitHubApiUrl apiUrl() {
        return apiUrl;
    }

    public RepositoryReference repository() {
        return repository;
    }

    public List<EnvironmentName> environments() {
        return environments;
    }

    /** The desired secrets, in the order given. */
    public Map<SecretName, SecretValue> secrets() {
        return secrets;
    }

    /** Secrets to delete by name, wherever they came from. */
    public List<SecretName> removals() {
        return removals;
    }

    public SyncOptions options() {
        return options;
    }

    /** Who syncs: the owner recorded for written secrets, and whose secrets owned-only pruning may delete. */
    public String identity() {
        return identity;
    }

    /**
     * The job this sync runs for, whose fingerprints it may compare: a job only ever learns that a value is unchanged
     * for values it wrote itself.
     */
    public Optional<String> job() {
        return Optional.ofNullable(job);
    }

    /** Which job and build write, for the record; empty when the caller named no job. */
    public Optional<WrittenBy> writtenBy() {
        return job == null ? Optional.empty() : Optional.of(new WrittenBy(job, buildNumber));
    }

    /** Where a secret's value came from (a credential id, {@code env:VARIABLE}), if the caller said. */
    public Optional<String> source(SecretName name) {
        return Optional.ofNullable(sources.get(name));
    }

    /** Clears every value. */
    @Override
    public void close() {
        secrets.values().forEach(SecretValue::destroy);
    }

    @Override
    public String toString() {
        return "SyncRequest[" + repository + " " + environments + " secrets=" + secrets.keySet() + " removals="
                + removals + " " + options + " identity=" + identity + " job=" + job + "]";
    }

    /**
     * Collects the request from raw input and reports every problem at once in {@link #build()}. Values that fail
     * validation are cleared at once.
     */
    public static final class Builder {
        private final List<String> problems = new ArrayList<>();
        private String explicitApiUrl;
        private String defaultApiUrl;
        private GitHubApiUrl resolvedApiUrl;
        private RepositoryReference repository;
        private final Set<EnvironmentName> environments = new LinkedHashSet<>();
        private final Map<SecretName, SecretValue> secrets = new LinkedHashMap<>();
        private final Map<SecretName, String> givenNames = new LinkedHashMap<>();
        private final Set<SecretName> removals = new LinkedHashSet<>();
        private final Map<SecretName, String> sources = new LinkedHashMap<>();
        private SyncOptions options = SyncOptions.DEFAULTS;
        private String identity;
        private String job;
        private int buildNumber;
        private Set<GitHubApiUrl> allowedApiUrls;
        private String howToAllow;
        private boolean repositoryGiven;
        private boolean environmentGiven;
        private boolean secretGiven;

        private Builder() {
        }

        /** The API URL the user chose for this sync; it wins over the repository URL's host and the default. */
        public Builder apiUrl(String url) {
            this.explicitApiUrl = blankToNull(url);
            return this;
        }

        /** The API URL to use when neither the user nor the repository URL names one (global configuration). */
        public Builder defaultApiUrl(String url) {
            this.defaultApiUrl = blankToNull(url);
            return this;
        }

        public Builder repository(String text) {
            repositoryGiven = true;
            try {
                repository = RepositoryReference.parse(text == null ? "" : text);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        public Builder environment(String name) {
            environmentGiven = true;
            try {
                EnvironmentName environment = EnvironmentName.of(name == null ? "" : name);
                if (!environments.add(environment)) {
                    problems.add("Environment '" + name + "' is named twice (GitHub ignores case in names)");
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        public Builder environments(Iterable<String> names) {
            names.forEach(this::environment);
            return this;
        }

        /** Adds a secret from characters; the caller clears its array. */
        public Builder secret(String name, char[] value) {
            return secret(name, value, null);
        }

        /**
         * Adds a secret from characters, saying where it came from ({@code source}: a credential id or
         * {@code env:VARIABLE}, kept in the record of what was written; never a value); the caller clears its array.
         */
        public Builder secret(String name, char[] value, String source) {
            SecretName secretName = secretName(name);
            try {
                add(secretName, name, SecretValue.of(value), source);
            } catch (InvalidSecretValueException e) {
                problems.add("Secret " + displayName(name) + ": " + e.getMessage());
            }
            return this;
        }

        /** Adds a secret from UTF-8 bytes (a secret file); the caller clears its array. */
        public Builder secretFromUtf8(String name, byte[] value) {
            return secretFromUtf8(name, value, null);
        }

        /** Adds a secret from UTF-8 bytes, saying where it came from, as {@link #secret(String, char[], String)}. */
        public Builder secretFromUtf8(String name, byte[] value, String source) {
            SecretName secretName = secretName(name);
            try {
                add(secretName, name, SecretValue.ofUtf8(value), source);
            } catch (InvalidSecretValueException e) {
                problems.add("Secret " + displayName(name) + ": " + e.getMessage());
            }
            return this;
        }

        /** Deletes a secret by name (if it exists), whoever wrote it. */
        public Builder remove(String name) {
            SecretName secretName = secretName(name);
            if (secretName != null) {
                removals.add(secretName);
            }
            return this;
        }

        /**
         * Records a problem found by the caller while gathering input, such as a credential that cannot be read,
         * so that it is reported together with all others.
         */
        public Builder problem(String description) {
            problems.add(description);
            return this;
        }

        /**
         * Names who syncs, for ownership; by default the job's full name (or {@code default} without a job). With a
         * job, only the job's full name or {@code <full name>/<suffix>} is accepted, so that a job can never claim,
         * and so prune, what another job wrote.
         */
        public Builder identity(String identity) {
            if (identity == null || identity.isBlank()) {
                problems.add("The sync identity is empty");
            } else {
                this.identity = identity.strip();
            }
            return this;
        }

        /**
         * The job and build this sync runs for: fingerprints are bound to the job's full name, the default identity
         * is that name, and the record says which build wrote.
         */
        public Builder job(String fullName, int buildNumber) {
            if (fullName == null || fullName.isBlank()) {
                problems.add("The job's name is empty");
            } else {
                this.job = fullName.strip();
                this.buildNumber = buildNumber;
            }
            return this;
        }

        /**
         * Restricts the API URL this request may resolve to: one that is not in {@code allowed} is a problem, which
         * names the URL and ends with {@code howToAllow}. Without this call any valid API URL is accepted.
         */
        public Builder allowedApiUrls(Collection<GitHubApiUrl> allowed, String howToAllow) {
            this.allowedApiUrls = Set.copyOf(allowed);
            this.howToAllow = Objects.requireNonNull(howToAllow, "howToAllow");
            return this;
        }

        /**
         * The API URL that the input given so far resolves to (explicit URL, the repository URL's GitHub, the
         * default, else github.com), so a caller can look up the token for that server; empty while what was given
         * does not resolve. It reports no problem: {@link #build()} does.
         */
        public Optional<GitHubApiUrl> resolvedApiUrl() {
            List<String> ignored = new ArrayList<>();
            return Optional.ofNullable(resolveApiUrl(ignored));
        }

        public Builder options(SyncOptions options) {
            this.options = options;
            return this;
        }

        /**
         * @throws SyncValidationException listing every problem; all values taken so far are cleared
         */
        public SyncRequest build() {
            if (!repositoryGiven) {
                problems.add("No repository given: use owner/repo, a repository URL or its id");
            }
            if (!environmentGiven) {
                problems.add("No environment given");
            }
            if (!secretGiven && options.prune() == PruneMode.NONE) {
                problems.add("No secrets given, and pruning is off: there is nothing to do");
            }
            removals.stream().filter(secrets::containsKey).forEach(name -> problems.add(
                    "Secret " + name + " is both set and removed: keep one"));
            if (secrets.size() > MAX_SECRETS_PER_ENVIRONMENT) {
                problems.add(secrets.size() + " secrets given; GitHub allows at most "
                        + MAX_SECRETS_PER_ENVIRONMENT + " in one environment");
            }
            resolvedApiUrl = resolveApiUrl(problems);
            checkAllowed();
            checkIdentity();
            if (!problems.isEmpty()) {
                secrets.values().forEach(SecretValue::destroy);
                throw new SyncValidationException(problems);
            }
            return new SyncRequest(this);
        }

        /** The API URL the input resolves to, or null when it does not; problems found on the way go to {@code found}. */
        private GitHubApiUrl resolveApiUrl(List<String> found) {
            GitHubApiUrl fromRepository = null;
            if (repository != null && repository.webHost().isPresent()) {
                try {
                    fromRepository = GitHubApiUrl.forWebHost(repository.webHost().get());
                } catch (IllegalArgumentException e) {
                    found.add("Repository '" + repository + "': " + e.getMessage());
                    return null;
                }
            }
            GitHubApiUrl explicit = parseApiUrl(explicitApiUrl, found);
            if (explicitApiUrl != null && explicit == null) {
                return null;
            }
            if (explicit != null && fromRepository != null && !explicit.equals(fromRepository)) {
                found.add("Repository '" + repository + "' is on " + repository.webHost().get()
                        + ", whose API is " + fromRepository + ", but the API URL is " + explicit
                        + ": give one or the other, or make them agree");
                return null;
            }
            GitHubApiUrl fallback = parseApiUrl(defaultApiUrl, found);
            return explicit != null ? explicit
                    : fromRepository != null ? fromRepository
                    : fallback != null ? fallback : GitHubApiUrl.GITHUB_COM;
        }

        /** The token and the values go only to a server that whoever configures this caller allowed. */
        private void checkAllowed() {
            if (allowedApiUrls != null && resolvedApiUrl != null && !allowedApiUrls.contains(resolvedApiUrl)) {
                problems.add("GitHub server " + resolvedApiUrl + " (host " + resolvedApiUrl.host()
                        + ") is not allowed: the token and the values are sent only to allowed GitHub servers. "
                        + howToAllow);
            }
        }

        /** A sync identity separates syncs within one job; it can never name another job. */
        private void checkIdentity() {
            if (job == null || identity == null || identity.equals(job)) {
                return;
            }
            if (!identity.startsWith(job + "/") || identity.length() == job.length() + 1) {
                problems.add("Sync identity '" + identity + "' is not allowed: use the job's full name '" + job
                        + "' or '" + job + "/<suffix>'. A sync identity only tells apart syncs of one job;"
                        + " it cannot claim another job's secrets");
            }
        }

        private static GitHubApiUrl parseApiUrl(String url, List<String> found) {
            if (url == null) {
                return null;
            }
            try {
                return GitHubApiUrl.parse(url);
            } catch (IllegalArgumentException e) {
                found.add(e.getMessage());
                return null;
            }
        }

        private SecretName secretName(String name) {
            secretGiven = true;
            try {
                return SecretName.of(name == null ? "" : name);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return null;
            }
        }

        private void add(SecretName secretName, String given, SecretValue value, String source) {
            if (secretName == null) {
                value.destroy();
                return;
            }
            String earlier = givenNames.putIfAbsent(secretName, given);
            if (earlier != null) {
                value.destroy();
                problems.add(earlier.equals(given)
                        ? "Secret " + given + " is given twice"
                        : "Secret names '" + earlier + "' and '" + given + "' are the same to GitHub, which ignores"
                                + " case");
                return;
            }
            secrets.put(secretName, value);
            if (source != null && !source.isBlank()) {
                sources.put(secretName, source.strip());
            }
        }

        private static String displayName(String name) {
            return name == null || name.isEmpty() ? "(no name)" : name;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
