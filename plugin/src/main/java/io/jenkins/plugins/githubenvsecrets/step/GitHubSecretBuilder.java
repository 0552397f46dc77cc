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
import java.util.Objects;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Publish secrets and variables to GitHub" for freestyle jobs: the Pipeline steps' sync, to the target its
 * {@link SyncScope} names, one target per build step. An environment may name build parameters ({@code ${NAME}});
 * repository, organization and API URL are taken as configured, so that a user who may only build the job cannot point
 * its secrets elsewhere. Needs no workspace.
 *
 * <p>Its fields beside the scope are the Pipeline steps' own, declared again here: Stapler binds a form only through
 * setters of the bound class and its superclasses, and a build step cannot share a superclass with a Pipeline step.
 */
public final class GitHubSecretBuilder extends Builder implements SimpleBuildStep {
    private final SyncScope scope;
    /** The fields every scope has; the scope adds its own when the build runs. */
    private final SyncSettings settings;

    @DataBoundConstructor
    public GitHubSecretBuilder(SyncScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.settings = new SyncSettings(scope.kind());
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        new SecretSyncRunner(run, env, SensitiveVariables.ofBuild(run), listener)
                .run(scope.settings(settings).expandedWith(env), true);
    }

    @NonNull
    public SyncScope getScope() {
        return scope;
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

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        /** The fields beside the scope, whose help the Pipeline steps' base holds. */
        private static final List<String> SHARED_HELP = List.of("credentialsId", "apiUrl", "secrets", "variables",
                "prune", "pruneAll", "force", "syncIdentity", "dryRun", "failOnDrift");

        public DescriptorImpl() {
            for (String field : SHARED_HELP) {
                addHelpFileRedirect(field, GitHubEnvironmentSecretStep.class, field);
            }
        }

        @Override
        public boolean isApplicable(@SuppressWarnings("rawtypes") Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.Builder_DisplayName();
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
    }
}
