package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.credentials.SensitiveVariables;
import java.io.IOException;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Publish secrets to a GitHub environment" for freestyle jobs: the pipeline step's sync, one environment per build
 * step. The environment may name build parameters ({@code ${NAME}}); repository and API URL are taken as configured,
 * so that a user who may only build the job cannot point its secrets elsewhere. Needs no workspace.
 */
public final class GitHubEnvironmentSecretBuilder extends Builder implements SimpleBuildStep {
    private final SyncSettings settings;

    @DataBoundConstructor
    public GitHubEnvironmentSecretBuilder(@CheckForNull String repository) {
        this.settings = new SyncSettings(repository);
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        new SecretSyncRunner(run, env, SensitiveVariables.ofBuild(run), listener).run(settings.expandedWith(env));
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

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        /** The step's help pages serve both forms. */
        private static final List<String> SHARED_HELP = List.of("repository", "credentialsId", "environment",
                "apiUrl", "secrets", "createEnvironment", "prune", "pruneAll", "force", "syncIdentity", "dryRun",
                "failOnDrift");

        public DescriptorImpl() {
            for (String field : SHARED_HELP) {
                addHelpFileRedirect(field, GitHubEnvironmentSecretStep.class, field);
            }
        }

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Builder_DisplayName();
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
