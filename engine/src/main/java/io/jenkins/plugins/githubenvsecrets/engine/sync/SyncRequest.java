package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.InvalidSecretValueException;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one sync needs, validated as a whole: where (API URL; the scope and its targets: environments of
 * repositories, repositories, or an organization, with the application and, for an organization, which repositories
 * may read), what (secrets and variables, by name, and names to remove) and how (options). It owns the values:
 * {@link #close()} clears them.
 *
 * <p>Targets: for {@link TargetKind#ENVIRONMENT} every environment of every repository, for
 * {@link TargetKind#REPOSITORY} every repository, for {@link TargetKind#ORGANIZATION} the organization; repositories in
 * the order given, environments within each.
 */
public final class SyncRequest implements AutoCloseable {
    private final GitHubApiUrl apiUrl;
    private final TargetKind scope;
    private final Application application;
    private final List<RepositoryReference> repositories;
    private final List<EnvironmentName> environments;
    private final OrganizationName organization;
    private final Visibility visibility;
    private final List<RepositoryCoordinates> selectedRepositories;
    private final Map<ValueKind, Map<SecretName, SecretValue>> values;
    private final Map<ValueKind, List<SecretName>> removals;
    private final Map<ValueKind, Map<SecretName, String>> sources;
    private final SyncOptions options;
    private final String identity;
    private final String job;
    private final int buildNumber;

    private SyncRequest(Builder builder) {
        this.apiUrl = builder.resolvedApiUrl;
        this.scope = builder.scope;
        this.application = builder.application;
        this.repositories = List.copyOf(builder.repositories);
        this.environments = List.copyOf(builder.environments);
        this.organization = builder.organization;
        this.visibility = builder.effectiveVisibility();
        this.selectedRepositories = List.copyOf(builder.selected);
        this.values = perKind(builder.values, map -> Collections.unmodifiableMap(new LinkedHashMap<>(map)));
        this.removals = perKind(builder.removals, List::copyOf);
        this.sources = perKind(builder.sources, Map::copyOf);
        this.options = builder.options;
        this.identity = builder.identity != null ? builder.identity : builder.job != null ? builder.job : "default";
        this.job = builder.job;
        this.buildNumber = builder.buildNumber;
    }

    public static Builder builder() {
        return new Builder();
    }

    public GitHubApiUrl apiUrl() {
        return apiUrl;
    }

    /** What GitHub keys the secrets and variables by: environments (the default), repositories or an organization. */
    public TargetKind scope() {
        return scope;
    }

    /** Which application the secrets belong to; {@link Application#ACTIONS} unless the request said otherwise. */
    public Application application() {
        return application;
    }

    /** The repositories, as given (a numeric id is resolved by the sync); empty for an organization. */
    public List<RepositoryReference> repositories() {
        return repositories;
    }

    /** The environments of each repository; empty unless the scope is {@link TargetKind#ENVIRONMENT}. */
    public List<EnvironmentName> environments() {
        return environments;
    }

    /** The organization; present exactly when the scope is {@link TargetKind#ORGANIZATION}. */
    public Optional<OrganizationName> organization() {
        return Optional.ofNullable(organization);
    }

    /**
     * Which repositories of the organization may read its secrets and variables, as the sync makes it so: as given;
     * {@code selected} when only selected repositories were given; else {@code private}. Empty unless the scope is
     * {@link TargetKind#ORGANIZATION}.
     */
    public Optional<Visibility> visibility() {
        return Optional.ofNullable(visibility);
    }

    /**
     * The repositories that may read, for visibility {@code selected}: each of the organization, by owner and name
     * (a bare name given is the organization's repository of that name). The sync resolves them to ids before it
     * writes anything; empty for any other visibility.
     */
    public List<RepositoryCoordinates> selectedRepositories() {
        return selectedRepositories;
    }

    /** The desired secrets, in the order given. */
    public Map<SecretName, SecretValue> secrets() {
        return values.get(ValueKind.SECRET);
    }

    /** The desired variables, in the order given. Not secret on GitHub, yet never shown: outcomes only. */
    public Map<SecretName, SecretValue> variables() {
        return values.get(ValueKind.VARIABLE);
    }

    /** The desired secrets or variables. */
    public Map<SecretName, SecretValue> values(ValueKind kind) {
        return values.get(kind);
    }

    /** Secrets to delete by name, wherever they came from. */
    public List<SecretName> removals() {
        return removals.get(ValueKind.SECRET);
    }

    /** Secrets or variables to delete by name, wherever they came from. */
    public List<SecretName> removals(ValueKind kind) {
        return removals.get(kind);
    }

    /** Whether the request names a secret or variable of this kind, to set or to remove. */
    public boolean names(ValueKind kind) {
        return !values.get(kind).isEmpty() || !removals.get(kind).isEmpty();
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
        return source(ValueKind.SECRET, name);
    }

    /** Where a secret's or variable's value came from, if the caller said. */
    public Optional<String> source(ValueKind kind, SecretName name) {
        return Optional.ofNullable(sources.get(kind).get(name));
    }

    /** Clears every value. */
    @Override
    public void close() {
        values.values().forEach(map -> map.values().forEach(SecretValue::destroy));
    }

    @Override
    public String toString() {
        return "SyncRequest[" + scope.noun() + " " + application.pathSegment() + " " + repositories + " "
                + environments + (organization == null ? "" : " organization=" + organization)
                + (visibility == null ? "" : " visibility=" + visibility.apiValue() + " " + selectedRepositories)
                + " secrets=" + secrets().keySet() + " removals=" + removals() + " variables=" + variables().keySet()
                + " variableRemovals=" + removals(ValueKind.VARIABLE) + " " + options + " identity=" + identity
                + " job=" + job + "]";
    }

    private static <T, R> Map<ValueKind, R> perKind(Map<ValueKind, T> given, Function<T, R> copy) {
        Map<ValueKind, R> copied = new EnumMap<>(ValueKind.class);
        given.forEach((kind, value) -> copied.put(kind, copy.apply(value)));
        return Collections.unmodifiableMap(copied);
    }

    /**
     * Collects the request from raw input and reports every problem at once in {@link #build()}. Values that fail
     * validation are cleared at once. Each target field belongs to a scope, and one given for another scope is a
     * problem that names both: an environment for a repository's secrets, a visibility without an organization.
     */
    public static final class Builder {
        private final List<String> problems = new ArrayList<>();
        private String explicitApiUrl;
        private String defaultApiUrl;
        private String defaultApiUrlSource;
        private GitHubApiUrl resolvedApiUrl;
        private TargetKind scope = TargetKind.ENVIRONMENT;
        private Application application = Application.ACTIONS;
        private boolean applicationGiven;
        private final List<RepositoryReference> repositories = new ArrayList<>();
        private final Set<EnvironmentName> environments = new LinkedHashSet<>();
        private OrganizationName organization;
        private boolean organizationGiven;
        private Visibility visibility;
        private boolean visibilityGiven;
        private final List<String> selectedNames = new ArrayList<>();
        private final List<RepositoryCoordinates> selected = new ArrayList<>();
        private final Map<ValueKind, Map<SecretName, SecretValue>> values = new EnumMap<>(ValueKind.class);
        private final Map<ValueKind, Map<SecretName, String>> givenNames = new EnumMap<>(ValueKind.class);
        private final Map<ValueKind, Set<SecretName>> removals = new EnumMap<>(ValueKind.class);
        private final Map<ValueKind, Map<SecretName, String>> sources = new EnumMap<>(ValueKind.class);
        private final Set<ValueKind> namesGiven = EnumSet.noneOf(ValueKind.class);
        private SyncOptions options = SyncOptions.DEFAULTS;
        private String identity;
        private String job;
        private int buildNumber;
        private Set<GitHubApiUrl> allowedApiUrls;
        private String howToAllow;
        private boolean repositoryGiven;
        private boolean environmentGiven;

        private Builder() {
            for (ValueKind kind : ValueKind.values()) {
                values.put(kind, new LinkedHashMap<>());
                givenNames.put(kind, new LinkedHashMap<>());
                removals.put(kind, new LinkedHashSet<>());
                sources.put(kind, new LinkedHashMap<>());
            }
        }

        /** The API URL the user chose for this sync; it wins over the repository URL's host and the default. */
        public Builder apiUrl(String url) {
            this.explicitApiUrl = blankToNull(url);
            return this;
        }

        /** The API URL to use when neither the user nor the repository URL names one (global configuration). */
        public Builder defaultApiUrl(String url) {
            return defaultApiUrl(url, null);
        }

        /**
         * As {@link #defaultApiUrl(String)}, saying where it comes from, so that a problem with it names the place
         * to fix it: {@code The default GitHub API URL of the global configuration}. It is read only when used.
         */
        public Builder defaultApiUrl(String url, String source) {
            this.defaultApiUrl = blankToNull(url);
            this.defaultApiUrlSource = blankToNull(source);
            return this;
        }

        /**
         * What GitHub keys the secrets and variables by: {@link TargetKind#ENVIRONMENT} (the default: environments of
         * repositories), {@link TargetKind#REPOSITORY} or {@link TargetKind#ORGANIZATION}.
         */
        public Builder scope(TargetKind scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /**
         * The application the secrets belong to: {@code actions} (the default), {@code dependabot} or
         * {@code codespaces}. A pair GitHub does not offer (Dependabot secrets of an environment, variables of
         * Codespaces) is a problem naming it.
         */
        public Builder application(String name) {
            applicationGiven = true;
            try {
                application = Application.parse(name);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        /**
         * Adds a repository: {@code owner/repo}, a repository URL or its numeric id, which the sync resolves before it
         * writes anything. For the environment and repository scopes; one named twice is a problem.
         */
        public Builder repository(String text) {
            repositoryGiven = true;
            try {
                RepositoryReference reference = RepositoryReference.parse(text == null ? "" : text);
                if (repositories.stream().anyMatch(known -> sameRepository(known, reference))) {
                    problems.add("Repository '" + reference + "' is named twice");
                } else {
                    repositories.add(reference);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        /** Adds each repository, as {@link #repository(String)}: an explicit list, without patterns. */
        public Builder repositories(Iterable<String> texts) {
            texts.forEach(this::repository);
            return this;
        }

        /** Adds an environment, of every repository; for the environment scope only. */
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

        /** The organization whose secrets and variables to sync (its login); for the organization scope only. */
        public Builder organization(String login) {
            organizationGiven = true;
            try {
                OrganizationName given = new OrganizationName(login == null ? "" : login.strip());
                if (organization != null && !organization.equals(given)) {
                    problems.add("Two organizations are given, " + organization + " and " + given + ": give one");
                } else {
                    organization = given;
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        /**
         * Which repositories of the organization may read its secrets and variables: {@code all}, {@code private} or
         * {@code selected}. For the organization scope only; without it, {@code selected} when selected repositories
         * are given, else {@code private}.
         */
        public Builder visibility(String given) {
            visibilityGiven = true;
            try {
                visibility = Visibility.parse(given);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return this;
        }

        /**
         * The repositories that may read the organization's secrets and variables: {@code owner/repo}, or a bare name
         * of the organization's. Implies visibility {@code selected}; an empty list gives none. Each is resolved to
         * its id before anything is written, and one GitHub does not know is a problem of the request. For the
         * organization scope only.
         */
        public Builder selectedRepositories(Iterable<String> names) {
            names.forEach(name -> selectedNames.add(name == null ? "" : name.strip()));
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
            return value(ValueKind.SECRET, name, () -> SecretValue.of(value), source);
        }

        /** Adds a secret from UTF-8 bytes (a secret file); the caller clears its array. */
        public Builder secretFromUtf8(String name, byte[] value) {
            return secretFromUtf8(name, value, null);
        }

        /** Adds a secret from UTF-8 bytes, saying where it came from, as {@link #secret(String, char[], String)}. */
        public Builder secretFromUtf8(String name, byte[] value, String source) {
            return value(ValueKind.SECRET, name, () -> SecretValue.ofUtf8(value), source);
        }

        /** Deletes a secret by name (if it exists), whoever wrote it. */
        public Builder remove(String name) {
            return remove(ValueKind.SECRET, name);
        }

        /** Adds a variable from characters; the caller clears its array. */
        public Builder variable(String name, char[] value) {
            return variable(name, value, null);
        }

        /**
         * Adds a variable from characters, saying where it came from ({@code source}, such as {@code env:REGION} or
         * {@code text}; kept in the record, never a value). A variable is readable by anyone who can read the
         * repository, yet its value is never shown here: outcomes only. The caller clears its array.
         */
        public Builder variable(String name, char[] value, String source) {
            return value(ValueKind.VARIABLE, name, () -> SecretValue.of(value), source);
        }

        /** Deletes a variable by name (if it exists), whoever wrote it. */
        public Builder removeVariable(String name) {
            return remove(ValueKind.VARIABLE, name);
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
         * The API URL that the input given so far resolves to (explicit URL, the repository URLs' GitHub, the
         * default, else github.com), so a caller can look up the token for that server; empty while what was given
         * does not resolve. It reports no problem: {@link #build()} does.
         */
        public Optional<GitHubApiUrl> resolvedApiUrl() {
            List<String> ignored = new ArrayList<>();
            return Optional.ofNullable(resolveApiUrl(ignored));
        }

        public Builder options(SyncOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @throws SyncValidationException listing every problem; all values taken so far are cleared
         */
        public SyncRequest build() {
            checkTargets();
            checkApplication();
            checkOrganizationAccess();
            checkItems();
            resolvedApiUrl = resolveApiUrl(problems);
            checkAllowed();
            checkIdentity();
            if (!problems.isEmpty()) {
                values.values().forEach(map -> map.values().forEach(SecretValue::destroy));
                throw new SyncValidationException(problems);
            }
            return new SyncRequest(this);
        }

        /** Each scope takes its own target fields, and needs them. */
        private void checkTargets() {
            String where = scope.noun() + " secrets and variables";
            if (scope == TargetKind.ORGANIZATION) {
                if (!organizationGiven) {
                    problems.add("No organization given: name the organization whose secrets and variables to sync");
                }
                if (repositoryGiven) {
                    problems.add("Repositories are given for " + where + ": to choose which repositories of the"
                            + " organization may read them, give selected repositories instead");
                }
            } else {
                if (!repositoryGiven) {
                    problems.add("No repository given: use owner/repo, a repository URL or its id");
                }
                if (organizationGiven) {
                    problems.add("An organization is given for " + where + ": drop the organization, or sync the"
                            + " organization's secrets and variables instead");
                }
            }
            if (scope == TargetKind.ENVIRONMENT) {
                if (!environmentGiven) {
                    problems.add("No environment given");
                }
            } else if (environmentGiven) {
                problems.add("An environment is given for " + where + ": only environment secrets and variables"
                        + " belong to an environment");
            }
            if (scope != TargetKind.ORGANIZATION) {
                if (visibilityGiven) {
                    problems.add("A visibility is given without an organization: only an organization's secrets"
                            + " and variables have one; give the organization, or drop the visibility");
                }
                if (!selectedNames.isEmpty()) {
                    problems.add("Selected repositories are given without an organization: only an organization's"
                            + " secrets and variables are selected for repositories; give the organization, or drop"
                            + " the selected repositories");
                }
            }
        }

        /** GitHub offers Dependabot and Codespaces secrets for repositories and organizations, and no variables. */
        private void checkApplication() {
            if (!applicationGiven || application == Application.ACTIONS) {
                return;
            }
            if (scope == TargetKind.ENVIRONMENT) {
                scope.unsupported(application, ValueKind.SECRET).ifPresent(problems::add);
            }
            if (namesGiven.contains(ValueKind.VARIABLE)) {
                scope.unsupported(application, ValueKind.VARIABLE).ifPresent(problems::add);
            }
        }

        /** Selected repositories go with visibility {@code selected} only, and must be the organization's. */
        private void checkOrganizationAccess() {
            if (scope != TargetKind.ORGANIZATION || selectedNames.isEmpty()) {
                return;
            }
            if (visibility != null && visibility != Visibility.SELECTED) {
                problems.add("Selected repositories are given with visibility '" + visibility.apiValue()
                        + "': they go only with visibility 'selected'; drop one of the two");
                return;
            }
            Set<RepositoryCoordinates> seen = new LinkedHashSet<>();
            for (String name : selectedNames) {
                RepositoryCoordinates repository = selectedRepository(name);
                if (repository == null) {
                    continue;
                }
                if (!seen.add(repository)) {
                    problems.add("Selected repository " + repository + " is named twice");
                }
            }
            selected.addAll(seen);
        }

        /** {@code owner/repo} or a bare name of the organization's; null (and a problem) when neither. */
        private RepositoryCoordinates selectedRepository(String name) {
            try {
                if (name.contains("/")) {
                    RepositoryCoordinates repository = RepositoryCoordinates.parse(name);
                    if (organization != null
                            && !new OrganizationName(repository.owner()).equals(organization)) {
                        problems.add("Selected repository " + repository + " is not one of organization "
                                + organization + "'s: an organization's secrets and variables can be selected only"
                                + " for its own repositories");
                        return null;
                    }
                    return repository;
                }
                if (organization == null) {
                    return null; // the missing organization is a problem already
                }
                return new RepositoryCoordinates(organization.value(), name);
            } catch (IllegalArgumentException e) {
                problems.add("Selected repository '" + name + "': " + e.getMessage());
                return null;
            }
        }

        private void checkItems() {
            if (namesGiven.isEmpty() && options.prune() == PruneMode.NONE) {
                problems.add("No secrets or variables given, and pruning is off: there is nothing to do");
            }
            for (ValueKind kind : ValueKind.values()) {
                Map<SecretName, SecretValue> given = values.get(kind);
                removals.get(kind).stream().filter(given::containsKey).forEach(name -> problems.add(
                        Texts.capitalized(kind.noun()) + " " + name + " is both set and removed: keep one"));
                int most = GitHubLimits.maxItems(scope, kind);
                if (given.size() > most) {
                    problems.add(given.size() + " " + kind.pathSegment() + " given; GitHub allows at most " + most
                            + " in one " + scope.noun());
                }
            }
            long variableBytes = variables().values().stream().mapToLong(SecretValue::length).sum();
            if (scope != TargetKind.ORGANIZATION && variableBytes > GitHubLimits.MAX_VARIABLE_BYTES_PER_TARGET) {
                problems.add("The variables given hold " + variableBytes + " bytes together as UTF-8; GitHub allows"
                        + " at most " + GitHubLimits.MAX_VARIABLE_BYTES_PER_TARGET + " bytes (256 KB) of variables"
                        + " in one " + scope.noun());
            }
        }

        private Map<SecretName, SecretValue> variables() {
            return values.get(ValueKind.VARIABLE);
        }

        private Visibility effectiveVisibility() {
            if (scope != TargetKind.ORGANIZATION) {
                return null;
            }
            if (visibility != null) {
                return visibility;
            }
            return selectedNames.isEmpty() ? Visibility.PRIVATE : Visibility.SELECTED;
        }

        /** The API URL the input resolves to, or null when it does not; problems found on the way go to {@code found}. */
        private GitHubApiUrl resolveApiUrl(List<String> found) {
            RepositoryReference named = null;
            GitHubApiUrl fromRepositories = null;
            for (RepositoryReference repository : repositories) {
                if (repository.webHost().isEmpty()) {
                    continue;
                }
                GitHubApiUrl fromThis;
                try {
                    fromThis = GitHubApiUrl.forWebHost(repository.webHost().get());
                } catch (IllegalArgumentException e) {
                    found.add("Repository '" + repository + "': " + e.getMessage());
                    return null;
                }
                if (fromRepositories != null && !fromRepositories.equals(fromThis)) {
                    found.add("Repositories '" + named + "' and '" + repository + "' are on different GitHub"
                            + " servers: one sync writes to one server");
                    return null;
                }
                named = repository;
                fromRepositories = fromThis;
            }
            GitHubApiUrl explicit = parseApiUrl(explicitApiUrl, found);
            if (explicitApiUrl != null && explicit == null) {
                return null;
            }
            if (explicit != null && fromRepositories != null && !explicit.equals(fromRepositories)) {
                found.add("Repository '" + named + "' is on " + named.webHost().get() + ", whose API is "
                        + fromRepositories + ", but the API URL is " + explicit
                        + ": give one or the other, or make them agree");
                return null;
            }
            if (explicit != null || fromRepositories != null) {
                return explicit != null ? explicit : fromRepositories;
            }
            if (defaultApiUrl == null) {
                return GitHubApiUrl.GITHUB_COM;
            }
            List<String> defaultProblems = new ArrayList<>();
            GitHubApiUrl fallback = parseApiUrl(defaultApiUrl, defaultProblems);
            defaultProblems.forEach(problem -> found.add(defaultApiUrlSource == null ? problem
                    : defaultApiUrlSource + " is not valid: " + problem));
            return fallback;
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

        /** The same repository, as far as can be told before asking GitHub: equal names, or equal ids. */
        private static boolean sameRepository(RepositoryReference one, RepositoryReference other) {
            return one.coordinates().isPresent() ? one.coordinates().equals(other.coordinates())
                    : one.id().equals(other.id());
        }

        private Builder value(ValueKind kind, String name, ValueSupplier value, String source) {
            SecretName itemName = itemName(kind, name);
            SecretValue taken;
            try {
                taken = value.get();
            } catch (InvalidSecretValueException e) {
                problems.add(Texts.capitalized(kind.noun()) + " " + displayName(name) + ": the value " + e.problem());
                return this;
            }
            add(kind, itemName, name, taken, source);
            return this;
        }

        private Builder remove(ValueKind kind, String name) {
            SecretName itemName = itemName(kind, name);
            if (itemName != null) {
                removals.get(kind).add(itemName);
            }
            return this;
        }

        private SecretName itemName(ValueKind kind, String name) {
            namesGiven.add(kind);
            try {
                return SecretName.of(name == null ? "" : name, kind);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return null;
            }
        }

        private void add(ValueKind kind, SecretName name, String given, SecretValue value, String source) {
            if (name == null) {
                value.destroy();
                return;
            }
            String earlier = givenNames.get(kind).putIfAbsent(name, given);
            if (earlier != null) {
                value.destroy();
                String noun = Texts.capitalized(kind.noun());
                problems.add(earlier.equals(given)
                        ? noun + " " + given + " is given twice"
                        : noun + " names '" + earlier + "' and '" + given + "' are the same to GitHub, which ignores"
                                + " case");
                return;
            }
            values.get(kind).put(name, value);
            if (source != null && !source.isBlank()) {
                sources.get(kind).put(name, source.strip());
            }
        }


        private static String displayName(String name) {
            return name == null || name.isEmpty() ? "(no name)" : name;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        /** Takes a value; the caller's array stays the caller's to clear. */
        @FunctionalInterface
        private interface ValueSupplier {
            SecretValue get();
        }
    }
}
