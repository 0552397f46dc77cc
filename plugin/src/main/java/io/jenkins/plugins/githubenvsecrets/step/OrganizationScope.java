package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** An organization's own secrets and variables, for the freestyle build step; taken as configured. */
public final class OrganizationScope extends SyncScope {
    private String organization;
    private String visibility;
    private List<String> selectedRepositories;
    private String application;

    @DataBoundConstructor
    public OrganizationScope() {
    }

    /** The target of a connection test, from the form's fields. */
    static SyncSettings target(String organization, String visibility, String selectedRepositories,
            String application) {
        SyncSettings target = new SyncSettings(TargetKind.ORGANIZATION);
        target.setOrganization(organization);
        target.setVisibility(visibility);
        target.setSelectedRepositories(selectedRepositories == null ? null : List.of(selectedRepositories));
        target.setApplication(application);
        return target;
    }

    @Override
    TargetKind kind() {
        return TargetKind.ORGANIZATION;
    }

    @Override
    void applyTo(SyncSettings settings) {
        settings.setOrganization(organization);
        settings.setVisibility(visibility);
        settings.setSelectedRepositories(selectedRepositories);
        settings.setApplication(application);
    }

    @NonNull
    public String getOrganization() {
        return Util.fixNull(organization);
    }

    @DataBoundSetter
    public void setOrganization(@CheckForNull String organization) {
        this.organization = Util.fixEmptyAndTrim(organization);
    }

    @NonNull
    public String getVisibility() {
        return Util.fixNull(visibility);
    }

    @DataBoundSetter
    public void setVisibility(@CheckForNull String visibility) {
        this.visibility = Util.fixEmptyAndTrim(visibility);
    }

    @NonNull
    public List<String> getSelectedRepositories() {
        return selectedRepositories == null ? List.of() : List.copyOf(selectedRepositories);
    }

    /** As the Pipeline step's: the form's text area arrives as a list of one text, split into names. */
    @DataBoundSetter
    public void setSelectedRepositories(@CheckForNull List<String> selectedRepositories) {
        List<String> names = SyncSettings.repositoryNames(selectedRepositories);
        this.selectedRepositories = names.isEmpty() ? null : new ArrayList<>(names);
    }

    /** The selected repositories one per line, for the form's text area. */
    @Restricted(NoExternalUse.class)
    @NonNull
    public String getSelectedRepositoriesText() {
        return String.join("\n", getSelectedRepositories());
    }

    @NonNull
    public String getApplication() {
        return Util.fixNull(application);
    }

    @DataBoundSetter
    public void setApplication(@CheckForNull String application) {
        this.application = Util.fixEmptyAndTrim(application);
    }

    @Extension(ordinal = 1)
    @Symbol("organization")
    public static final class DescriptorImpl extends SyncScopeDescriptor {
        public DescriptorImpl() {
            super(OrganizationScope.class, GitHubOrganizationSecretStep.class,
                    List.of("organization", "visibility", "selectedRepositories", "application"));
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.OrganizationScope_DisplayName();
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
            return SyncForms.testConnection(item, target(organization, visibility, selectedRepositories,
                    application), apiUrl, credentialsId);
        }
    }
}
