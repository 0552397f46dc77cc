package io.jenkins.plugins.githubenvsecrets;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Defaults for every sync: the GitHub API URL (for GitHub Enterprise Server) and the GitHub credential, used when a
 * step does not name its own. Configuration as Code: {@code unclassified: githubEnvironmentSecrets: {apiUrl,
 * credentialsId}}.
 */
@Extension
@Symbol("githubEnvironmentSecrets")
public final class GitHubEnvironmentSecretsConfiguration extends GlobalConfiguration {
    private String apiUrl;
    private String credentialsId;

    public GitHubEnvironmentSecretsConfiguration() {
        load();
    }

    public static GitHubEnvironmentSecretsConfiguration get() {
        return ExtensionList.lookupSingleton(GitHubEnvironmentSecretsConfiguration.class);
    }

    @NonNull
    public String getApiUrl() {
        return Util.fixNull(apiUrl);
    }

    @DataBoundSetter
    public void setApiUrl(@CheckForNull String apiUrl) {
        this.apiUrl = Util.fixEmptyAndTrim(apiUrl);
        save();
    }

    @NonNull
    public String getCredentialsId() {
        return Util.fixNull(credentialsId);
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
        save();
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.Configuration_DisplayName();
    }

    @POST
    public FormValidation doCheckApiUrl(@QueryParameter String value) {
        if (!FormPermissions.canConfigure(null)) {
            return FormValidation.ok();
        }
        return FormChecks.apiUrl(value);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId,
            @QueryParameter String apiUrl) {
        return CredentialsLists.gitHubTokens(null, credentialsId, apiUrl);
    }
}
