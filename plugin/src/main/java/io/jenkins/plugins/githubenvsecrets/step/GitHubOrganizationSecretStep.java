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
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code githubOrganizationSecret}: publishes secrets from Jenkins credentials, and variables, to an organization,
 * readable by all its repositories, its private ones, or those selected; for GitHub Actions, Dependabot or
 * Codespaces. One value for R repositories costs one key read and one write, not R of each.
 */
public final class GitHubOrganizationSecretStep extends GitHubSecretStep {
    @DataBoundConstructor
    public GitHubOrganizationSecretStep() {
        super(TargetKind.ORGANIZATION);
    }

    @NonNull
    public String getOrganization() {
        return settings().getOrganization();
    }

    @DataBoundSetter
    public void setOrganization(@CheckForNull String organization) {
        settings().setOrganization(organization);
    }

    /** {@code all}, {@code private} or {@code selected}; {@code selectedRepositories} implies {@code selected}. */
    @NonNull
    public String getVisibility() {
        return settings().getVisibility();
    }

    @DataBoundSetter
    public void setVisibility(@CheckForNull String visibility) {
        settings().setVisibility(visibility);
    }

    @NonNull
    public List<String> getSelectedRepositories() {
        return settings().getSelectedRepositories();
    }

    /**
     * The organization's repositories that may read what is written, by name. The form's text area gives one text,
     * which Stapler binds as a list of one: names are split at line breaks, commas and spaces (see
     * {@link SyncSettings#repositoryNames}).
     */
    @DataBoundSetter
    public void setSelectedRepositories(@CheckForNull List<String> selectedRepositories) {
        settings().setSelectedRepositories(selectedRepositories);
    }

    /** The selected repositories one per line, for the form's text area. */
    @Restricted(NoExternalUse.class)
    @NonNull
    public String getSelectedRepositoriesText() {
        return String.join("\n", getSelectedRepositories());
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
        static final String FUNCTION_NAME = "githubOrganizationSecret";

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.OrganizationStep_DisplayName();
        }

        @POST
        public FormValidation doCheckOrganization(@AncestorInPath Item item, @QueryParameter String value) {
            return SyncForms.checkOrganization(item, value);
        }

        @POST
        public ListBoxModel doFillVisibilityItems(@AncestorInPath Item item, @QueryParameter String visibility) {
            return SyncForms.fillVisibilityItems(item, visibility);
        }

        @POST
        public ListBoxModel doFillApplicationItems(@AncestorInPath Item item, @QueryParameter String application) {
            return SyncForms.fillApplicationItems(item, application);
        }

        @POST
        public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String organization,
                @QueryParameter String visibility, @QueryParameter String selectedRepositories,
                @QueryParameter String application, @QueryParameter String apiUrl,
                @QueryParameter String credentialsId) throws InterruptedException {
            return SyncForms.testConnection(item, OrganizationScope.target(organization, visibility,
                    selectedRepositories, application), apiUrl, credentialsId);
        }
    }
}
