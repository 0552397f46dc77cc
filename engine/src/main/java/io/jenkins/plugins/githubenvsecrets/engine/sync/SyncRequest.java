package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.InvalidSecretValueException;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private SyncRequest(Builder builder) {
        this.apiUrl = builder.resolvedApiUrl;
        this.repository = builder.repository;
        this.environments = List.copyOf(builder.environments);
        this.secrets = Collections.unmodifiableMap(new LinkedHashMap<>(builder.secrets));
        this.removals = List.copyOf(builder.removals);
        this.options = builder.options;
        this.identity = builder.identity;
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

    /** Clears every value. */
    @Override
    public void close() {
        secrets.values().forEach(SecretValue::destroy);
    }

    @Override
    public String toString() {
        return "SyncRequest[" + repository + " " + environments + " secrets=" + secrets.keySet() + " removals="
                + removals + " " + options + " identity=" + identity + "]";
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
        private SyncOptions options = SyncOptions.DEFAULTS;
        private String identity = "default";
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
            SecretName secretName = secretName(name);
            try {
                SecretValue secretValue = SecretValue.of(value);
                add(secretName, name, secretValue);
            } catch (InvalidSecretValueException e) {
                problems.add("Secret " + displayName(name) + ": " + e.getMessage());
            }
            return this;
        }

        /** Adds a secret from UTF-8 bytes (a secret file); the caller clears its array. */
        public Builder secretFromUtf8(String name, byte[] value) {
            SecretName secretName = secretName(name);
            try {
                add(secretName, name, SecretValue.ofUtf8(value));
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

        /** Names who syncs, such as a job's full name; {@code default} when not given. */
        public Builder identity(String identity) {
            if (identity == null || identity.isBlank()) {
                problems.add("The sync identity is empty");
            } else {
                this.identity = identity.strip();
            }
            return this;
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
            resolveApiUrl();
            if (!problems.isEmpty()) {
                secrets.values().forEach(SecretValue::destroy);
                throw new SyncValidationException(problems);
            }
            return new SyncRequest(this);
        }

        private void resolveApiUrl() {
            GitHubApiUrl fromRepository = null;
            if (repository != null && repository.webHost().isPresent()) {
                try {
                    fromRepository = GitHubApiUrl.forWebHost(repository.webHost().get());
                } catch (IllegalArgumentException e) {
                    problems.add("Repository '" + repository + "': " + e.getMessage());
                }
            }
            GitHubApiUrl explicit = parseApiUrl(explicitApiUrl);
            if (explicit != null && fromRepository != null && !explicit.equals(fromRepository)) {
                problems.add("Repository '" + repository + "' is on " + repository.webHost().get()
                        + ", whose API is " + fromRepository + ", but the API URL is " + explicit
                        + ": give one or the other, or make them agree");
            }
            GitHubApiUrl fallback = parseApiUrl(defaultApiUrl);
            resolvedApiUrl = explicit != null ? explicit
                    : fromRepository != null ? fromRepository
                    : fallback != null ? fallback : GitHubApiUrl.GITHUB_COM;
        }

        private GitHubApiUrl parseApiUrl(String url) {
            if (url == null) {
                return null;
            }
            try {
                return GitHubApiUrl.parse(url);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
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

        private void add(SecretName secretName, String given, SecretValue value) {
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
        }

        private static String displayName(String name) {
            return name == null || name.isEmpty() ? "(no name)" : name;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
