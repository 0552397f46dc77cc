package io.jenkins.plugins.githubenvsecrets;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.Secret;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The credential that gives the GitHub token: secret text (the token), username with password (the password is the
 * token) or a GitHub App credential (a username with password that mints an installation token).
 */
final class GitHubTokenCredential {
    private final String id;
    private final StandardCredentials credential;

    private GitHubTokenCredential(String id, StandardCredentials credential) {
        this.id = id;
        this.credential = credential;
    }

    /** Finds the credential in the run's context and records its use; null after telling {@code problems} why. */
    @CheckForNull
    static GitHubTokenCredential forRun(String id, Run<?, ?> run, Consumer<String> problems) {
        if (id.isEmpty()) {
            problems.accept(Messages.Problem_NoGitHubCredential());
            return null;
        }
        GitHubTokenCredential found = checked(id,
                CredentialsProvider.findCredentialById(id, StandardCredentials.class, run), problems);
        if (found != null) {
            CredentialsProvider.track(run, found.credential);
        }
        return found;
    }

    /** Finds the credential as the job's builds would see it (for the form's connection test). */
    @CheckForNull
    static GitHubTokenCredential forItem(String id, @CheckForNull Item item, Consumer<String> problems) {
        if (id.isEmpty()) {
            problems.accept(Messages.Problem_NoGitHubCredential());
            return null;
        }
        StandardCredentials credential;
        if (item == null) {
            credential = CredentialsProvider.findCredentialByIdInItemGroup(id, StandardCredentials.class,
                    Jenkins.get(), ACL.SYSTEM2, List.of());
        } else {
            credential = CredentialsProvider.findCredentialByIdInItem(id, StandardCredentials.class, item,
                    CredentialsLists.buildAuthentication(item), List.of());
        }
        return checked(id, credential, problems);
    }

    @CheckForNull
    private static GitHubTokenCredential checked(String id, @CheckForNull StandardCredentials credential,
            Consumer<String> problems) {
        if (credential == null) {
            problems.accept(Messages.Problem_GitHubCredentialNotFound(id));
            return null;
        }
        if (!(credential instanceof StringCredentials) && !(credential instanceof StandardUsernamePasswordCredentials)) {
            problems.accept(Messages.Problem_GitHubCredentialWrongType(id,
                    credential.getDescriptor().getDisplayName()));
            return null;
        }
        return new GitHubTokenCredential(id, credential);
    }

    String id() {
        return id;
    }

    /** The API URL of the GitHub this credential belongs to, when it says (a GitHub App credential does). */
    Optional<String> apiUrl() {
        return GitHubApps.apiUrlOf(credential);
    }

    /**
     * The token, as a new array the caller clears. A GitHub App credential mints an installation token here, which
     * may take a request to GitHub.
     */
    char[] token() throws AbortException {
        try {
            Secret secret = credential instanceof StringCredentials text ? text.getSecret()
                    : ((StandardUsernamePasswordCredentials) credential).getPassword();
            return secret.getPlainText().toCharArray();
        } catch (RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            throw new AbortException(apiUrl().isPresent() ? Messages.Problem_GitHubAppTokenUnavailable(id, reason)
                    : Messages.Problem_GitHubTokenUnavailable(id, reason));
        }
    }
}
