package io.jenkins.plugins.githubenvsecrets;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Util;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one sync is asked to do, as the user configured it: the fields of the pipeline step and of the freestyle build
 * step, declared once. Holds names and credential ids only, never a value, so it may be saved with a job.
 */
public final class SyncSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String repository;
    private String credentialsId;
    private String environment;
    private List<String> environments;
    private String apiUrl;
    private List<SecretSource> secrets;
    private boolean createEnvironment;
    private boolean prune;
    private boolean dryRun;

    public SyncSettings(@CheckForNull String repository) {
        this.repository = Util.fixEmptyAndTrim(repository);
    }

    /** A copy with repository, environment names and API URL expanded from {@code env} (freestyle parameters). */
    SyncSettings expandedWith(EnvVars env) {
        SyncSettings copy = new SyncSettings(env.expand(getRepository()));
        copy.credentialsId = credentialsId;
        copy.environment = Util.fixEmpty(env.expand(getEnvironment()));
        copy.environments = getEnvironments().stream().map(env::expand).toList();
        copy.apiUrl = Util.fixEmptyAndTrim(env.expand(getApiUrl()));
        copy.secrets = secrets;
        copy.createEnvironment = createEnvironment;
        copy.prune = prune;
        copy.dryRun = dryRun;
        return copy;
    }

    @NonNull
    public String getRepository() {
        return Util.fixNull(repository);
    }

    /** The GitHub credential; empty means the default from the global configuration. */
    @NonNull
    public String getCredentialsId() {
        return Util.fixNull(credentialsId);
    }

    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
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
        this.environments = environments == null || environments.isEmpty() ? null
                : new ArrayList<>(environments.stream().map(Util::fixNull).toList());
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

    public boolean isCreateEnvironment() {
        return createEnvironment;
    }

    public void setCreateEnvironment(boolean createEnvironment) {
        this.createEnvironment = createEnvironment;
    }

    /**
     * Delete the environment's secrets that this sync does not name. A boolean for now; a later mode that deletes
     * only secrets this job wrote can be added beside it without changing its meaning.
     */
    public boolean isPrune() {
        return prune;
    }

    public void setPrune(boolean prune) {
        this.prune = prune;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    public String toString() {
        return "SyncSettings[" + getRepository() + " " + getEnvironment() + getEnvironments() + " secrets="
                + getSecrets().stream().map(SecretSource::getName).toList() + "]";
    }
}
