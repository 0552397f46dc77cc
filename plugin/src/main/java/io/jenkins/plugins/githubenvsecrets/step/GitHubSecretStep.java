package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What the three Pipeline steps share: the fields every scope has, bound by structs and Stapler from this class
 * (both look for {@link DataBoundSetter}s up the class hierarchy), the result's options, and the execution. A step of
 * one scope adds only the fields of its target. Each runs without an agent, returns each item's outcome (see
 * {@link StepResult}) and fails if any failed, unless {@code failOnError} is off.
 */
public abstract class GitHubSecretStep extends Step {
    /** The one settings class: this class and its subclasses set it, the runner reads it. */
    private final SyncSettings settings;
    private boolean detailedResult;
    private boolean failOnError = true;

    protected GitHubSecretStep(TargetKind kind) {
        this.settings = new SyncSettings(kind);
    }

    /** For the subclasses' setters of their target's fields. */
    protected final SyncSettings settings() {
        return settings;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GitHubSecretStepExecution(context, settings, new StepResult.Shape(
                !settings.getRepositories().isEmpty(), !settings.getEnvironments().isEmpty(),
                !settings.getVariables().isEmpty(), detailedResult), failOnError);
    }

    @NonNull
    public String getCredentialsId() {
        return settings.getCredentialsId();
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        settings.setCredentialsId(credentialsId);
    }

    @NonNull
    public String getApiUrl() {
        return settings.getApiUrl();
    }

    @DataBoundSetter
    public void setApiUrl(@CheckForNull String apiUrl) {
        settings.setApiUrl(apiUrl);
    }

    @NonNull
    public List<SecretSource> getSecrets() {
        return settings.getSecrets();
    }

    @DataBoundSetter
    public void setSecrets(@CheckForNull List<SecretSource> secrets) {
        settings.setSecrets(secrets);
    }

    @NonNull
    public List<VariableSource> getVariables() {
        return settings.getVariables();
    }

    /** GitHub Actions variables beside the secrets; with them, the result is split by kind. */
    @DataBoundSetter
    public void setVariables(@CheckForNull List<VariableSource> variables) {
        settings.setVariables(variables);
    }

    public boolean isPrune() {
        return settings.isPrune();
    }

    @DataBoundSetter
    public void setPrune(boolean prune) {
        settings.setPrune(prune);
    }

    public boolean isPruneAll() {
        return settings.isPruneAll();
    }

    @DataBoundSetter
    public void setPruneAll(boolean pruneAll) {
        settings.setPruneAll(pruneAll);
    }

    public boolean isForce() {
        return settings.isForce();
    }

    @DataBoundSetter
    public void setForce(boolean force) {
        settings.setForce(force);
    }

    @NonNull
    public String getSyncIdentity() {
        return settings.getSyncIdentity();
    }

    @DataBoundSetter
    public void setSyncIdentity(@CheckForNull String syncIdentity) {
        settings.setSyncIdentity(syncIdentity);
    }

    public boolean isDryRun() {
        return settings.isDryRun();
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        settings.setDryRun(dryRun);
    }

    public boolean isFailOnDrift() {
        return settings.isFailOnDrift();
    }

    @DataBoundSetter
    public void setFailOnDrift(boolean failOnDrift) {
        settings.setFailOnDrift(failOnDrift);
    }

    public boolean isDetailedResult() {
        return detailedResult;
    }

    /** Return a map per item ({@code [outcome: 'updated', drifted: true, since: '#12']}) instead of its label. */
    @DataBoundSetter
    public void setDetailedResult(boolean detailedResult) {
        this.detailedResult = detailedResult;
    }

    public boolean isFailOnError() {
        return failOnError;
    }

    /**
     * With {@code false}, items that fail do not fail the build: the step logs them and returns every item's outcome,
     * {@code failed} ones included with their masked reason. A request that is not valid still fails the step, since
     * nothing was sent.
     */
    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }
}
