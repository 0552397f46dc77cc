package io.jenkins.plugins.githubenvsecrets.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A GitHub server, by its REST API URL, that an administrator allows syncs to send tokens and values to, besides
 * github.com and the default API URL. Configuration as Code: {@code allowedServers: [{apiUrl: "..."}]}.
 */
public final class AllowedGitHubServer implements Describable<AllowedGitHubServer> {
    private final String apiUrl;

    @DataBoundConstructor
    public AllowedGitHubServer(@CheckForNull String apiUrl) {
        this.apiUrl = Util.fixEmptyAndTrim(apiUrl);
    }

    @NonNull
    public String getApiUrl() {
        return Util.fixNull(apiUrl);
    }

    /** The parsed URL; empty when the entry is blank or not a valid API URL (see {@link #problem()}). */
    Optional<GitHubApiUrl> parsed() {
        if (apiUrl == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(GitHubApiUrl.parse(apiUrl));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the entry allows nothing, in the engine's words (which hide any user info of the URL); empty when it is a
     * valid API URL.
     */
    Optional<String> problem() {
        if (apiUrl == null) {
            return Optional.of(Messages.Form_AllowedApiUrlRequired());
        }
        try {
            GitHubApiUrl.parse(apiUrl);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllowedGitHubServer other && Objects.equals(apiUrl, other.apiUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(apiUrl);
    }

    @Override
    public String toString() {
        return "AllowedGitHubServer[" + getApiUrl() + "]";
    }

    /** One row of the global configuration's list of allowed servers. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<AllowedGitHubServer> {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.AllowedGitHubServer_DisplayName();
        }

        @POST
        public FormValidation doCheckApiUrl(@QueryParameter String value) {
            if (!FormPermissions.canConfigure(null)) {
                return FormValidation.ok();
            }
            if (Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.error(Messages.Form_AllowedApiUrlRequired());
            }
            try {
                GitHubApiUrl.parse(value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
