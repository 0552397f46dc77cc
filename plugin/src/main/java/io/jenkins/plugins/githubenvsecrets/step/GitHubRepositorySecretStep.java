package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code githubRepositorySecret}: publishes secrets from Jenkins credentials to one or several repositories, for
 * GitHub Actions (with variables), Dependabot or Codespaces.
 */
public final class GitHubRepositorySecretStep extends GitHubSecretStep {
    @DataBoundConstructor
    public GitHubRepositorySecretStep() {
        super(TargetKind.REPOSITORY);
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

    /** {@code actions} (the default), {@code dependabot} or {@code codespaces}. */
    @NonNull
    public String getApplication() {
        return settings().getApplication();
    }

    @DataBoundSetter
    public void setApplication(@CheckForNull String application) {
        settings().setApplication(application);
    }

    @Extension
    @Symbol(DescriptorImpl.FUNCTION_NAME)
    public static final class DescriptorImpl extends GitHubSecretStepDescriptor {
        static final String FUNCTION_NAME = "githubRepositorySecret";

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RepositoryStep_DisplayName();
        }

        @POST
        public FormValidation doCheckRepository(@AncestorInPath Item item, @QueryParameter String value) {
            return SyncForms.checkRepository(item, value);
        }

        @POST
        public ListBoxModel doFillApplicationItems(@AncestorInPath Item item, @QueryParameter String application) {
            return SyncForms.fillApplicationItems(item, application);
        }

        @POST
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String repository,
                @QueryParameter String application, @QueryParameter String apiUrl,
                @QueryParameter String credentialsId) throws InterruptedException {
            return SyncForms.testConnection(item, RepositoryScope.target(repository, application), apiUrl,
                    credentialsId);
        }
    }
}
