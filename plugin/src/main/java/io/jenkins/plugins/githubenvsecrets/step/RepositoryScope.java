package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
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

/** A repository's own secrets and variables, for the freestyle build step; taken as configured. */
public final class RepositoryScope extends SyncScope {
    private String repository;
    private String application;

    @DataBoundConstructor
    public RepositoryScope() {
    }

    /** The target of a connection test, from the form's fields. */
    static SyncSettings target(String repository, String application) {
        SyncSettings target = new SyncSettings(TargetKind.REPOSITORY);
        target.setRepository(repository);
        target.setApplication(application);
        return target;
    }

    @Override
    TargetKind kind() {
        return TargetKind.REPOSITORY;
    }

    @Override
    void applyTo(SyncSettings settings) {
        settings.setRepository(repository);
        settings.setApplication(application);
    }

    @NonNull
    public String getRepository() {
        return Util.fixNull(repository);
    }

    @DataBoundSetter
    public void setRepository(@CheckForNull String repository) {
        this.repository = Util.fixEmptyAndTrim(repository);
    }

    @NonNull
    public String getApplication() {
        return Util.fixNull(application);
    }

    @DataBoundSetter
    public void setApplication(@CheckForNull String application) {
        this.application = Util.fixEmptyAndTrim(application);
    }

    @Extension(ordinal = 2)
    @Symbol("repository")
    public static final class DescriptorImpl extends SyncScopeDescriptor {
        public DescriptorImpl() {
            super(RepositoryScope.class, GitHubRepositorySecretStep.class, List.of("repository", "application"));
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RepositoryScope_DisplayName();
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
            return SyncForms.testConnection(item, target(repository, application), apiUrl, credentialsId);
        }
    }
}
