package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import java.util.List;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code githubEnvironmentSecret}: publishes secrets from Jenkins credentials to a GitHub Actions environment. Needs
 * no agent and no workspace. Returns each secret's outcome (see {@link StepResult}); fails if any secret failed.
 */
public final class GitHubEnvironmentSecretStep extends Step {
    private final SyncSettings settings;
    private boolean detailedResult;

    @DataBoundConstructor
    public GitHubEnvironmentSecretStep(@CheckForNull String repository) {
        this.settings = new SyncSettings(repository);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GitHubEnvironmentSecretStepExecution(context, settings, detailedResult);
    }

    @NonNull
    public String getRepository() {
        return settings.getRepository();
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
    public String getEnvironment() {
        return settings.getEnvironment();
    }

    @DataBoundSetter
    public void setEnvironment(@CheckForNull String environment) {
        settings.setEnvironment(environment);
    }

    @NonNull
    public List<String> getEnvironments() {
        return settings.getEnvironments();
    }

    /** Several environments at once, instead of {@code environment}; pipeline only. */
    @DataBoundSetter
    public void setEnvironments(@CheckForNull List<String> environments) {
        settings.setEnvironments(environments);
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

    public boolean isCreateEnvironment() {
        return settings.isCreateEnvironment();
    }

    @DataBoundSetter
    public void setCreateEnvironment(boolean createEnvironment) {
        settings.setCreateEnvironment(createEnvironment);
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

    /** Return a map per secret ({@code [outcome: 'updated', drifted: true, since: '#12']}) instead of its label. */
    @DataBoundSetter
    public void setDetailedResult(boolean detailedResult) {
        this.detailedResult = detailedResult;
    }

    @Extension
    @Symbol(DescriptorImpl.FUNCTION_NAME)
    public static final class DescriptorImpl extends StepDescriptor {
        static final String FUNCTION_NAME = "githubEnvironmentSecret";

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            // No FilePath, no Launcher: the step runs on the controller and needs no agent.
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Step_DisplayName();
        }

        @POST
        public FormValidation doCheckRepository(@AncestorInPath Item item, @QueryParameter String value) {
            return SyncForms.checkRepository(item, value);
        }

        @POST
        public FormValidation doCheckEnvironment(@AncestorInPath Item item, @QueryParameter String value) {
            return SyncForms.checkEnvironment(item, value);
        }

        @POST
        public FormValidation doCheckApiUrl(@AncestorInPath Item item, @QueryParameter String value) {
            return SyncForms.checkApiUrl(item, value);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId,
                @QueryParameter String apiUrl) {
            return SyncForms.fillCredentialsIdItems(item, credentialsId, apiUrl);
        }

        @POST
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String repository,
                @QueryParameter String environment, @QueryParameter String apiUrl,
                @QueryParameter String credentialsId) throws InterruptedException {
            return SyncForms.testConnection(item, repository, environment, apiUrl, credentialsId);
        }
    }
}
