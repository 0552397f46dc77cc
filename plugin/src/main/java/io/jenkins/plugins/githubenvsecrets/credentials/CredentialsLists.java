package io.jenkins.plugins.githubenvsecrets.credentials;

import com.cloudbees.jenkins.plugins.sshcredentials.SSHUserPrivateKey;
import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.config.FormPermissions;
import io.jenkins.plugins.githubenvsecrets.config.GitHubEnvironmentSecretsConfiguration;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.core.Authentication;

/**
 * The credential drop-downs, filled the canonical way: nothing but the current value for users who may not configure
 * the job, otherwise the credentials the job's builds can use. Outside a job (the global default) only credentials of
 * Global scope are offered: builds cannot use a System credential.
 */
@Restricted(NoExternalUse.class)
public final class CredentialsLists {
    static final String GITHUB_COM_API = "https://api.github.com";

    private CredentialsLists() {
    }

    /** Credentials that can hold a GitHub token (a GitHub App credential is a username with password). */
    static CredentialsMatcher gitHubTokenTypes() {
        return CredentialsMatchers.anyOf(CredentialsMatchers.instanceOf(StringCredentials.class),
                CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class));
    }

    /** Credentials whose content can be a secret value. */
    static CredentialsMatcher secretValueTypes() {
        return CredentialsMatchers.anyOf(CredentialsMatchers.instanceOf(StringCredentials.class),
                CredentialsMatchers.instanceOf(FileCredentials.class),
                CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                CredentialsMatchers.instanceOf(SSHUserPrivateKey.class));
    }

    /** The GitHub token credentials, matched to the API URL's domain (the default API when empty). */
    public static ListBoxModel gitHubTokens(@CheckForNull Item item, @CheckForNull String current,
            @CheckForNull String apiUrl) {
        String url = Util.fixEmptyAndTrim(apiUrl);
        if (url == null) {
            url = Util.fixEmptyAndTrim(GitHubEnvironmentSecretsConfiguration.get().getApiUrl());
        }
        List<DomainRequirement> domain = URIRequirementBuilder.fromUri(url == null ? GITHUB_COM_API : url).build();
        return list(item, current, domain, gitHubTokenTypes());
    }

    public static ListBoxModel secretValues(@CheckForNull Item item, @CheckForNull String current) {
        return list(item, current, List.of(), secretValueTypes());
    }

    /** Whom the item's builds run as, so a form offers and tests exactly the credentials its builds can use. */
    public static Authentication buildAuthentication(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    private static ListBoxModel list(@CheckForNull Item item, @CheckForNull String current,
            List<DomainRequirement> domain, CredentialsMatcher matcher) {
        String selected = Util.fixNull(current);
        StandardListBoxModel result = new StandardListBoxModel();
        if (!FormPermissions.canConfigure(item)) {
            return result.includeCurrentValue(selected);
        }
        result.includeEmptyValue();
        if (item == null) {
            result.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, domain,
                    CredentialsMatchers.allOf(matcher, CredentialsMatchers.withScope(CredentialsScope.GLOBAL)));
        } else {
            // The authentication the job's builds run as: they can use exactly these.
            result.includeMatchingAs(buildAuthentication(item), item, StandardCredentials.class, domain, matcher);
        }
        return result.includeCurrentValue(selected);
    }
}
