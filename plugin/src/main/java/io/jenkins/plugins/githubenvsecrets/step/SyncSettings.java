package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Util;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What one sync is asked to do, as the user configured it: the fields of the three Pipeline steps and of the freestyle
 * build step, declared once. The kind of target (an environment, a repository, an organization) is fixed by whoever
 * creates it; the fields that kind does not use stay empty. Holds names and credential ids only, never a secret's
 * value, so it may be saved with a job; a variable's value is not secret and may be written here.
 */
@Restricted(NoExternalUse.class)
public final class SyncSettings implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private final TargetKind kind;
    private String repository;
    private List<String> repositories;
    private String environment;
    private List<String> environments;
    private String organization;
    private String visibility;
    private List<String> selectedRepositories;
    private String application;
    private String credentialsId;
    private String apiUrl;
    private List<SecretSource> secrets;
    private List<VariableSource> variables;
    private boolean createEnvironment;
    private boolean prune;
    private boolean pruneAll;
    private boolean force;
    private boolean dryRun;
    private boolean failOnDrift;
    private String syncIdentity;

    public SyncSettings(TargetKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * A copy with the environment names expanded from {@code env} (freestyle parameters). Repository, organization and
     * API URL are taken as configured: a user who may only build the job must not send its secrets to another
     * repository or server.
     */
    SyncSettings expandedWith(EnvVars env) {
        SyncSettings copy = copy();
        copy.environment = Util.fixEmpty(env.expand(getEnvironment()));
        copy.environments = environments == null ? null : new ArrayList<>(environments.stream().map(env::expand)
                .toList());
        return copy; // syncIdentity is not expanded: it must stay the same from build to build
    }

    /** The same settings for another kind of target, for the freestyle build step's choice of scope. */
    SyncSettings withKind(TargetKind otherKind) {
        SyncSettings copy = new SyncSettings(otherKind);
        copyInto(copy);
        return copy;
    }

    private SyncSettings copy() {
        return withKind(kind);
    }

    private void copyInto(SyncSettings copy) {
        copy.repository = repository;
        copy.repositories = repositories == null ? null : new ArrayList<>(repositories);
        copy.environment = environment;
        copy.environments = environments == null ? null : new ArrayList<>(environments);
        copy.organization = organization;
        copy.visibility = visibility;
        copy.selectedRepositories = selectedRepositories == null ? null : new ArrayList<>(selectedRepositories);
        copy.application = application;
        copy.credentialsId = credentialsId;
        copy.apiUrl = apiUrl;
        copy.secrets = secrets == null ? null : new ArrayList<>(secrets);
        copy.variables = variables == null ? null : new ArrayList<>(variables);
        copy.createEnvironment = createEnvironment;
        copy.prune = prune;
        copy.pruneAll = pruneAll;
        copy.force = force;
        copy.dryRun = dryRun;
        copy.failOnDrift = failOnDrift;
        copy.syncIdentity = syncIdentity;
    }

    /** Which kind of target the sync writes to. */
    @NonNull
    public TargetKind getKind() {
        return kind;
    }

    /** The repository that owns the environments, or whose own secrets are synced. */
    @NonNull
    public String getRepository() {
        return Util.fixNull(repository);
    }

    public void setRepository(@CheckForNull String repository) {
        this.repository = Util.fixEmptyAndTrim(repository);
    }

    /** Several repositories instead of {@code repository}, each receiving the same secrets and variables. */
    @NonNull
    public List<String> getRepositories() {
        return repositories == null ? List.of() : List.copyOf(repositories);
    }

    public void setRepositories(@CheckForNull List<String> repositories) {
        this.repositories = trimmedOrNull(repositories);
    }

    @NonNull
    public String getEnvironment() {
        return Util.fixNull(environment);
    }

    public void setEnvironment(@CheckForNull String environment) {
        this.environment = Util.fixEmpty(environment);
    }

    @NonNull
    public List<String> getEnvironments() {
        return environments == null ? List.of() : List.copyOf(environments);
    }

    public void setEnvironments(@CheckForNull List<String> environments) {
        // Environment names are taken as given, as GitHub compares them: the engine says what it refuses.
        this.environments = environments == null || environments.isEmpty() ? null
                : new ArrayList<>(environments.stream().map(Util::fixNull).toList());
    }

    /** The organization whose own secrets are synced. */
    @NonNull
    public String getOrganization() {
        return Util.fixNull(organization);
    }

    public void setOrganization(@CheckForNull String organization) {
        this.organization = Util.fixEmptyAndTrim(organization);
    }

    /** Which repositories of the organization may read what is written: all, private, selected; empty for GitHub's. */
    @NonNull
    public String getVisibility() {
        return Util.fixNull(visibility);
    }

    public void setVisibility(@CheckForNull String visibility) {
        this.visibility = Util.fixEmptyAndTrim(visibility);
    }

    /** The repositories of the organization that may read what is written, with visibility {@code selected}. */
    @NonNull
    public List<String> getSelectedRepositories() {
        return selectedRepositories == null ? List.of() : List.copyOf(selectedRepositories);
    }

    public void setSelectedRepositories(@CheckForNull List<String> selectedRepositories) {
        List<String> names = repositoryNames(selectedRepositories);
        this.selectedRepositories = names.isEmpty() ? null : new ArrayList<>(names);
    }

    /** Which GitHub feature reads the secrets: actions, dependabot or codespaces; empty means actions. */
    @NonNull
    public String getApplication() {
        return Util.fixNull(application);
    }

    public void setApplication(@CheckForNull String application) {
        this.application = Util.fixEmptyAndTrim(application);
    }

    /** The GitHub credential; empty means the default from the global configuration. */
    @NonNull
    public String getCredentialsId() {
        return Util.fixNull(credentialsId);
    }

    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** The API URL; empty means the default (global configuration, or the repository URL's GitHub). */
    @NonNull
    public String getApiUrl() {
        return Util.fixNull(apiUrl);
    }

    public void setApiUrl(@CheckForNull String apiUrl) {
        this.apiUrl = Util.fixEmptyAndTrim(apiUrl);
    }

    @NonNull
    public List<SecretSource> getSecrets() {
        return secrets == null ? List.of() : List.copyOf(secrets);
    }

    public void setSecrets(@CheckForNull List<SecretSource> secrets) {
        this.secrets = secrets == null || secrets.isEmpty() ? null
                : new ArrayList<>(secrets.stream().filter(Objects::nonNull).toList());
    }

    @NonNull
    public List<VariableSource> getVariables() {
        return variables == null ? List.of() : List.copyOf(variables);
    }

    public void setVariables(@CheckForNull List<VariableSource> variables) {
        this.variables = variables == null || variables.isEmpty() ? null
                : new ArrayList<>(variables.stream().filter(Objects::nonNull).toList());
    }

    public boolean isCreateEnvironment() {
        return createEnvironment;
    }

    public void setCreateEnvironment(boolean createEnvironment) {
        this.createEnvironment = createEnvironment;
    }

    /**
     * Delete what this sync wrote earlier and no longer names. What other jobs or people wrote is kept;
     * {@link #isPruneAll()} deletes that too.
     */
    public boolean isPrune() {
        return prune;
    }

    public void setPrune(boolean prune) {
        this.prune = prune;
    }

    /** Delete everything of the target that this sync does not name, whoever wrote it; implies pruning. */
    public boolean isPruneAll() {
        return pruneAll;
    }

    public void setPruneAll(boolean pruneAll) {
        this.pruneAll = pruneAll;
    }

    /** What this sync does not name and deletes. */
    PruneMode pruneMode() {
        return pruneAll ? PruneMode.ALL : prune ? PruneMode.OWNED : PruneMode.NONE;
    }

    /** Write everything, even what is known to be unchanged since this Jenkins last wrote it. */
    public boolean isForce() {
        return force;
    }

    public void setForce(boolean force) {
        this.force = force;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /**
     * Fail before writing anything when something this sync owns was changed on GitHub since this Jenkins wrote it;
     * by default the Jenkins value is written back and the drift reported.
     */
    public boolean isFailOnDrift() {
        return failOnDrift;
    }

    public void setFailOnDrift(boolean failOnDrift) {
        this.failOnDrift = failOnDrift;
    }

    /**
     * Who owns what this sync writes, for pruning; empty means the job's full name. Syncs that share an identity
     * (in one job or across jobs) prune as one.
     */
    @NonNull
    public String getSyncIdentity() {
        return Util.fixNull(syncIdentity);
    }

    public void setSyncIdentity(@CheckForNull String syncIdentity) {
        this.syncIdentity = Util.fixEmptyAndTrim(syncIdentity);
    }

    /**
     * Repository names from a list whose entries may each hold several, split at line breaks, commas and spaces: a
     * form's text area arrives as a list of one text (Stapler binds a single value to a list as a list of one), while
     * a Pipeline gives a list. No repository name holds any of these characters.
     */
    static List<String> repositoryNames(@CheckForNull List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        return entries.stream().filter(Objects::nonNull).flatMap(SEPARATORS::splitAsStream)
                .filter(name -> !name.isEmpty()).toList();
    }

    private static List<String> trimmedOrNull(@CheckForNull List<String> names) {
        return names == null || names.isEmpty() ? null
                : new ArrayList<>(names.stream().map(Util::fixNull).map(String::strip).toList());
    }

    @Override
    public String toString() {
        return "SyncSettings[" + kind.noun() + " " + getRepository() + getRepositories() + " " + getOrganization()
                + " " + getEnvironment() + getEnvironments() + " secrets="
                + getSecrets().stream().map(SecretSource::getName).toList() + " variables="
                + getVariables().stream().map(VariableSource::getName).toList() + "]";
    }
}
