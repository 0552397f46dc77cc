package io.jenkins.plugins.githubenvsecrets.credentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.PluginWrapper;
import hudson.Util;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.github_branch_source.GitHubAppCredentials;

/**
 * GitHub App credentials of the GitHub Branch Source plugin, an optional dependency. Such a credential is a username
 * with password whose password is an installation token minted on demand, so it works as a token like any other; it
 * also knows which GitHub it belongs to, which this class reads.
 */
final class GitHubApps {
    private static final String PLUGIN = "github-branch-source";

    private GitHubApps() {
    }

    /** The API URL of the GitHub the credential is an App of; empty for any other credential. */
    static Optional<String> apiUrlOf(StandardCredentials credential) {
        PluginWrapper plugin = Jenkins.get().getPluginManager().getPlugin(PLUGIN);
        if (plugin == null || !plugin.isActive()) {
            return Optional.empty();
        }
        return AppCredentials.apiUrlOf(credential);
    }

    /** Whether the credential is a GitHub App credential, whose password is an installation token. */
    static boolean isApp(StandardCredentials credential) {
        return apiUrlOf(credential).isPresent();
    }

    /** Names the optional plugin's class, so it is loaded only once the plugin is known to be there. */
    private static final class AppCredentials {
        static Optional<String> apiUrlOf(StandardCredentials credential) {
            if (credential instanceof GitHubAppCredentials app) {
                String api = Util.fixEmptyAndTrim(app.getApiUri());
                return Optional.of(api == null ? CredentialsLists.GITHUB_COM_API : api);
            }
            return Optional.empty();
        }
    }
}
