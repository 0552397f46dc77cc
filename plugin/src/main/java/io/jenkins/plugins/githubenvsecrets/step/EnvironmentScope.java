package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
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
 * An environment of a repository, for the freestyle build step. The environment may name build parameters
 * ({@code ${NAME}}), expanded when the build runs; the repository is taken as configured.
 */
public final class EnvironmentScope extends SyncScope {
    private String repository;
    private String environment;
    private boolean createEnvironment;

    @DataBoundConstructor
    public EnvironmentScope() {
    }

    /** The target of a connection test, from the form's fields. */
    static SyncSettings target(String repository, String environment) {
        SyncSettings target = new SyncSettings(TargetKind.ENVIRONMENT);
        target.setRepository(repository);
        target.setEnvironment(environment);
        return target;
    }

    @Override
    TargetKind kind() {
        return TargetKind.ENVIRONMENT;
    }

    @Override
    void applyTo(SyncSettings settings) {
        settings.setRepository(repository);
        settings.setEnvironment(environment);
        settings.setCreateEnvironment(createEnvironment);
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
    public String getEnvironment() {
        return Util.fixNull(environment);
    }

    @DataBoundSetter
    public void setEnvironment(@CheckForNull String environment) {
        this.environment = Util.fixEmpty(environment);
    }

    public boolean isCreateEnvironment() {
        return createEnvironment;
    }

    @DataBoundSetter
    public void setCreateEnvironment(boolean createEnvironment) {
        this.createEnvironment = createEnvironment;
    }

    @Extension(ordinal = 3) // listed first: the plugin's first scope
    @Symbol("environment")
    public static final class DescriptorImpl extends SyncScopeDescriptor {
        public DescriptorImpl() {
            super(EnvironmentScope.class, GitHubEnvironmentSecretStep.class,
                    List.of("repository", "environment", "createEnvironment"));
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.EnvironmentScope_DisplayName();
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
            return SyncForms.testConnection(item, target(repository, environment), apiUrl, credentialsId);
        }
    }
}
