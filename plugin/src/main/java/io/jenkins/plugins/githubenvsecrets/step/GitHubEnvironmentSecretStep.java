package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code githubEnvironmentSecret}: publishes secrets from Jenkins credentials, and variables, to GitHub Actions
 * environments of one or several repositories.
 */
public final class GitHubEnvironmentSecretStep extends GitHubSecretStep {
    @DataBoundConstructor
    public GitHubEnvironmentSecretStep() {
        super(TargetKind.ENVIRONMENT);
    }

    @NonNull
    public String getRepository() {
        return settings().getRepository();
    }

    @DataBoundSetter
    public void setRepository(@CheckForNull String repository) {
        settings().setRepository(repository);
    }

    @NonNull
    public List<String> getRepositories() {
        return settings().getRepositories();
    }

    /** Several repositories at once, instead of {@code repository}; Pipeline only. */
    @DataBoundSetter
    public void setRepositories(@CheckForNull List<String> repositories) {
        settings().setRepositories(repositories);
    }

    @NonNull
    public String getEnvironment() {
        return settings().getEnvironment();
    }

    @DataBoundSetter
    public void setEnvironment(@CheckForNull String environment) {
        settings().setEnvironment(environment);
    }

    @NonNull
    public List<String> getEnvironments() {
        return settings().getEnvironments();
    }

    /** Several environments at once, instead of {@code environment}; Pipeline only. */
    @DataBoundSetter
    public void setEnvironments(@CheckForNull List<String> environments) {
        settings().setEnvironments(environments);
    }

    public boolean isCreateEnvironment() {
        return settings().isCreateEnvironment();
    }

    @DataBoundSetter
    public void setCreateEnvironment(boolean createEnvironment) {
        settings().setCreateEnvironment(createEnvironment);
    }

    @Extension
    @Symbol(DescriptorImpl.FUNCTION_NAME)
    public static final class DescriptorImpl extends GitHubSecretStepDescriptor {
        static final String FUNCTION_NAME = "githubEnvironmentSecret";

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.EnvironmentStep_DisplayName();
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
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String repository,
                @QueryParameter String environment, @QueryParameter String apiUrl,
                @QueryParameter String credentialsId) throws InterruptedException {
            return SyncForms.testConnection(item, EnvironmentScope.target(repository, environment), apiUrl,
                    credentialsId);
        }
    }
}
