package io.jenkins.plugins.githubenvsecrets.credentials;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.Secret;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The credential that gives the GitHub token: secret text (the token), username with password (the password is the
 * token) or a GitHub App credential (a username with password that mints an installation token). It is looked up with
 * the domain requirements of the GitHub server the token goes to, so a credential restricted to another server's
 * domain is never sent to this one.
 */
@Restricted(NoExternalUse.class)
public final class GitHubTokenCredential {
    private final String id;
    private final StandardCredentials credential;

    private GitHubTokenCredential(String id, StandardCredentials credential) {
        this.id = id;
        this.credential = credential;
    }

    /**
     * Finds the credential in the run's context for {@code server} (no domain requirement when the request does not
     * resolve to a server, which then fails anyway) and records its use; null after telling {@code problems} why.
     * A credential provider's failure becomes a problem, which the caller masks like every problem.
     */
    @CheckForNull
    public static GitHubTokenCredential forRun(String id, Run<?, ?> run, @CheckForNull GitHubApiUrl server,
            Consumer<String> problems) {
        if (id.isEmpty()) {
            problems.accept(Messages.Problem_NoGitHubCredential());
            return null;
        }
        GitHubTokenCredential found = found(id, server,
                requirements -> CredentialsProvider.findCredentialById(id, StandardCredentials.class, run,
                        requirements), problems);
        if (found != null) {
            CredentialsProvider.track(run, found.credential);
        } else {
            SystemScopedCredentials.noteIfSystemScoped(id, run);
        }
        return found;
    }

    /**
     * The API URL a GitHub App credential names, to resolve a sync's server before the credential is looked up for
     * it; empty for any other credential, or when it cannot be found (the real lookup then says why). It reads no
     * secret and uses nothing it finds but the URL.
     */
    public static Optional<String> appApiUrlForRun(String id, Run<?, ?> run) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            StandardCredentials credential = CredentialsProvider.findCredentialById(id, StandardCredentials.class,
                    run, List.of());
            return credential == null ? Optional.empty() : GitHubApps.apiUrlOf(credential);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Finds the credential as the job's builds would see it, for the form's connection test; outside a job, as
     * builds would see a global credential, so a System credential is refused.
     */
    @CheckForNull
    public static GitHubTokenCredential forItem(String id, @CheckForNull Item item, @CheckForNull GitHubApiUrl server,
            Consumer<String> problems) {
        if (id.isEmpty()) {
            problems.accept(Messages.Problem_NoGitHubCredential());
            return null;
        }
        GitHubTokenCredential found = found(id, server, requirements -> lookUpForItem(id, item, requirements),
                problems);
        if (found != null && item == null && found.credential.getScope() == CredentialsScope.SYSTEM) {
            problems.accept(Messages.Problem_GitHubCredentialSystemScope(id));
            return null;
        }
        return found;
    }

    /** As {@link #appApiUrlForRun}, for the connection test. */
    public static Optional<String> appApiUrlForItem(String id, @CheckForNull Item item) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            StandardCredentials credential = lookUpForItem(id, item, List.of());
            return credential == null ? Optional.empty() : GitHubApps.apiUrlOf(credential);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @CheckForNull
    private static StandardCredentials lookUpForItem(String id, @CheckForNull Item item,
            List<DomainRequirement> requirements) {
        if (item == null) {
            return CredentialsProvider.findCredentialByIdInItemGroup(id, StandardCredentials.class, Jenkins.get(),
                    ACL.SYSTEM2, requirements);
        }
        return CredentialsProvider.findCredentialByIdInItem(id, StandardCredentials.class, item,
                CredentialsLists.buildAuthentication(item), requirements);
    }

    /**
     * Looks the credential up for {@code server}; when that finds nothing but a lookup without domain finds it, the
     * credential is restricted to another server's domain, and the problem says so.
     */
    @CheckForNull
    private static GitHubTokenCredential found(String id, @CheckForNull GitHubApiUrl server,
            Function<List<DomainRequirement>, StandardCredentials> lookUp, Consumer<String> problems) {
        try {
            List<DomainRequirement> requirements = server == null ? List.of()
                    : URIRequirementBuilder.fromUri(server.toString()).build();
            StandardCredentials credential = lookUp.apply(requirements);
            if (credential == null && server != null && lookUp.apply(List.of()) != null) {
                problems.accept(Messages.Problem_GitHubCredentialOtherDomain(id, server.host()));
                return null;
            }
            return checked(id, credential, problems);
        } catch (RuntimeException e) {
            // A credential provider failed (an external store); its message is masked with the problems.
            problems.accept(Messages.Problem_GitHubCredentialLookupFailed(id, String.valueOf(e.getMessage())));
            return null;
        }
    }

    @CheckForNull
    private static GitHubTokenCredential checked(String id, @CheckForNull StandardCredentials credential,
            Consumer<String> problems) {
        if (credential == null) {
            problems.accept(Messages.Problem_GitHubCredentialNotFound(id, Messages.Problem_NotVisibleCauses()));
            return null;
        }
        if (!(credential instanceof StringCredentials) && !(credential instanceof StandardUsernamePasswordCredentials)) {
            problems.accept(Messages.Problem_GitHubCredentialWrongType(id,
                    IndefiniteArticle.of(credential.getDescriptor().getDisplayName())));
            return null;
        }
        return new GitHubTokenCredential(id, credential);
    }

    public String id() {
        return id;
    }

    /** The API URL of the GitHub this credential belongs to, when it says (a GitHub App credential does). */
    Optional<String> apiUrl() {
        return GitHubApps.apiUrlOf(credential);
    }

    /**
     * Refuses a GitHub App credential of another GitHub than {@code target}: its installation token works only on the
     * GitHub that minted it, and is minted only after this check, so that no other server ever receives it. The build
     * and the form's connection test both ask.
     *
     * @throws AbortException naming the credential and both servers
     */
    public void checkServes(GitHubApiUrl target) throws AbortException {
        Optional<String> appApiUrl = apiUrl();
        if (appApiUrl.isEmpty()) {
            return;
        }
        GitHubApiUrl app;
        try {
            app = GitHubApiUrl.parse(appApiUrl.get());
        } catch (IllegalArgumentException e) {
            return; // GitHub Branch Source accepts URLs this plugin does not; GitHub will answer for it.
        }
        if (!app.equals(target)) {
            throw new AbortException(Messages.Problem_GitHubAppOtherApi(id, app, target));
        }
    }

    /**
     * The token, as a new array the caller clears. A GitHub App credential mints an installation token here, which
     * may take a request to GitHub.
     *
     * @throws AbortException naming the credential and the provider's reason, which the caller masks before it shows
     *     it
     */
    public char[] token() throws AbortException {
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
