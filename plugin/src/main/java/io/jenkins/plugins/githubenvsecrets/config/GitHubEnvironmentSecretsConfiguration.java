package io.jenkins.plugins.githubenvsecrets.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.credentials.CredentialsLists;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Defaults for every sync: the GitHub API URL (for GitHub Enterprise Server) and the GitHub credential, used when a
 * step does not name its own; and the GitHub servers that syncs may send tokens and values to. Configuration as Code:
 * {@code unclassified: githubEnvironmentSecrets: {apiUrl, credentialsId, allowedServers: [{apiUrl}]}}.
 */
@Extension
@Symbol("githubEnvironmentSecrets")
public final class GitHubEnvironmentSecretsConfiguration extends GlobalConfiguration {
    private static final Logger LOGGER = Logger.getLogger(GitHubEnvironmentSecretsConfiguration.class.getName());

    private String apiUrl;
    private String credentialsId;
    private List<AllowedGitHubServer> allowedServers;

    public GitHubEnvironmentSecretsConfiguration() {
        load();
        warnOfInvalidEntries();
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
        warnOfInvalidEntries();
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

    /** The GitHub servers an administrator added to github.com and the default API URL. */
    @NonNull
    public List<AllowedGitHubServer> getAllowedServers() {
        return allowedServers == null ? List.of() : List.copyOf(allowedServers);
    }

    @DataBoundSetter
    public void setAllowedServers(@CheckForNull List<AllowedGitHubServer> allowedServers) {
        this.allowedServers = allowedServers == null || allowedServers.isEmpty() ? null
                : new ArrayList<>(allowedServers.stream().filter(Objects::nonNull).toList());
        save();
        warnOfInvalidEntries();
    }

    /**
     * Every API URL a sync may talk to: github.com, the default API URL and the servers an administrator added. The
     * token and the values go nowhere else, whatever a job or a build parameter says.
     */
    @NonNull
    public Set<GitHubApiUrl> allowedApiUrls() {
        Set<GitHubApiUrl> allowed = new LinkedHashSet<>();
        allowed.add(GitHubApiUrl.GITHUB_COM);
        if (apiUrl != null) {
            new AllowedGitHubServer(apiUrl).parsed().ifPresent(allowed::add);
        }
        getAllowedServers().forEach(server -> server.parsed().ifPresent(allowed::add));
        return allowed;
    }

    /**
     * The sentence that ends a problem about a server that is not allowed: where an administrator allows it, and
     * whether entries of the list allow nothing because they are not valid (the Jenkins log names them).
     */
    @NonNull
    public static String howToAllowServer() {
        long invalid = get().getAllowedServers().stream().filter(server -> server.problem().isPresent()).count();
        return invalid == 0 ? Messages.Problem_HowToAllowServer()
                : Messages.Problem_HowToAllowServer() + " " + Messages.Problem_InvalidAllowedServers(invalid);
    }

    /**
     * Where the default API URL of a sync comes from, for a problem with it: this configuration, so that a build that
     * fails for it says where to fix it.
     */
    @NonNull
    public static String defaultApiUrlSource() {
        return Messages.Problem_DefaultApiUrlSource();
    }

    /**
     * Tells the Jenkins log of each entry that allows nothing: a default API URL or an allowed server that is not a
     * valid API URL (set by Configuration as Code or an old file; the form checks each field as it is typed).
     */
    private void warnOfInvalidEntries() {
        if (apiUrl != null) {
            new AllowedGitHubServer(apiUrl).problem().ifPresent(problem ->
                    LOGGER.warning(Messages.Problem_InvalidDefaultApiUrl(problem)));
        }
        getAllowedServers().forEach(server -> server.problem().ifPresent(problem ->
                LOGGER.warning(Messages.Problem_InvalidAllowedServer(problem))));
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws Descriptor.FormException {
        // A list whose rows were all removed is absent from the form's data, so binding alone would keep it.
        allowedServers = null;
        req.bindJSON(this, json);
        return true;
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
