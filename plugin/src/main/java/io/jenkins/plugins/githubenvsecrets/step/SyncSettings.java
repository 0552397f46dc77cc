package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Util;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What one sync is asked to do, as the user configured it: the fields of the pipeline step and of the freestyle build
 * step, declared once. Holds names and credential ids only, never a value, so it may be saved with a job.
 */
@Restricted(NoExternalUse.class)
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
    private boolean pruneAll;
    private boolean force;
    private boolean dryRun;
    private boolean failOnDrift;
    private String syncIdentity;

    public SyncSettings(@CheckForNull String repository) {
        this.repository = Util.fixEmptyAndTrim(repository);
    }

    /**
     * A copy with the environment names expanded from {@code env} (freestyle parameters). Repository and API URL are
     * taken as configured: a user who may only build the job must not send its secrets to another repository or
     * server.
     */
    SyncSettings expandedWith(EnvVars env) {
        SyncSettings copy = new SyncSettings(repository);
        copy.credentialsId = credentialsId;
        copy.environment = Util.fixEmpty(env.expand(getEnvironment()));
        copy.environments = getEnvironments().stream().map(env::expand).toList();
        copy.apiUrl = apiUrl;
        copy.secrets = secrets;
        copy.createEnvironment = createEnvironment;
        copy.prune = prune;
        copy.pruneAll = pruneAll;
        copy.force = force;
        copy.dryRun = dryRun;
        copy.failOnDrift = failOnDrift;
        copy.syncIdentity = syncIdentity; // not expanded: it must stay the same from build to build
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
     * Delete the environment's secrets that this sync wrote earlier and no longer names. Secrets written by other
     * jobs or by hand are kept; {@link #isPruneAll()} deletes those too.
     */
    public boolean isPrune() {
        return prune;
    }

    public void setPrune(boolean prune) {
        this.prune = prune;
    }

    /** Delete every secret of the environment that this sync does not name, whoever wrote it; implies pruning. */
    public boolean isPruneAll() {
        return pruneAll;
    }

    public void setPruneAll(boolean pruneAll) {
        this.pruneAll = pruneAll;
    }

    /** Which secrets that this sync does not name are deleted. */
    PruneMode pruneMode() {
        return pruneAll ? PruneMode.ALL : prune ? PruneMode.OWNED : PruneMode.NONE;
    }

    /** Write every secret, even those known to be unchanged since this Jenkins last wrote them. */
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
     * Fail before writing anything when a secret this sync owns was changed on GitHub since this Jenkins wrote it;
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

    @Override
    public String toString() {
        return "SyncSettings[" + getRepository() + " " + getEnvironment() + getEnvironments() + " secrets="
                + getSecrets().stream().map(SecretSource::getName).toList() + "]";
    }
}
