package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.HttpClients;
import io.jenkins.plugins.githubenvsecrets.UserAgents;
import io.jenkins.plugins.githubenvsecrets.config.FormPermissions;
import io.jenkins.plugins.githubenvsecrets.config.GitHubEnvironmentSecretsConfiguration;
import io.jenkins.plugins.githubenvsecrets.credentials.GitHubTokenCredential;
import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubRateLimitException;
import io.jenkins.plugins.githubenvsecrets.engine.github.RetryPolicy;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncOptions;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The form's "Test connection": with the configured token, reads the environment's public key and lists its secrets.
 * GitHub offers no way to check write access short of writing, so success says what writing needs.
 */
final class ConnectionTest {
    /**
     * Lets the request validate without secrets: a dry run that may delete is "something to do", and this request is
     * only validated and resolved, never run.
     */
    private static final SyncOptions VALIDATE_ONLY = new SyncOptions(false, true, PruneMode.ALL);

    private ConnectionTest() {
    }

    static FormValidation run(@CheckForNull Item item, String repository, String environment, String apiUrl,
            String credentialsId) throws InterruptedException {
        FormPermissions.checkConfigure(item);
        GitHubEnvironmentSecretsConfiguration defaults = GitHubEnvironmentSecretsConfiguration.get();
        String id = (credentialsId == null || credentialsId.isBlank() ? defaults.getCredentialsId() : credentialsId)
                .strip();
        Optional<String> appApiUrl = GitHubTokenCredential.appApiUrlForItem(id, item);
        SyncRequest.Builder builder = SyncRequest.builder().repository(repository).environment(environment)
                .apiUrl(apiUrl).defaultApiUrl(appApiUrl.orElse(defaults.getApiUrl()))
                .allowedApiUrls(defaults.allowedApiUrls(), GitHubEnvironmentSecretsConfiguration.howToAllowServer())
                .options(VALIDATE_ONLY);
        // The server is checked against the allowed list before the credential is looked up for it or sent.
        try (SyncRequest request = builder.build()) {
            List<String> problems = new ArrayList<>();
            GitHubTokenCredential credential = GitHubTokenCredential.forItem(id, item, request.apiUrl(),
                    problems::add);
            if (credential == null) {
                return FormValidation.error(String.join("\n", problems));
            }
            // As the build does, before a GitHub App mints a token that another server would then receive.
            credential.checkServes(request.apiUrl());
            return read(request, credential);
        } catch (SyncValidationException e) {
            return FormValidation.error(String.join("\n", e.problems()));
        } catch (AbortException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    private static FormValidation read(SyncRequest request, GitHubTokenCredential credential)
            throws AbortException, InterruptedException {
        String environment = request.environments().get(0).value();
        char[] token = credential.token();
        AccessToken accessToken;
        try {
            accessToken = AccessToken.of(token);
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        } finally {
            Arrays.fill(token, '\0');
        }
        // A person waits for the answer, in a web request: one attempt, and no waiting for retries or rate limits.
        try (GitHubClient client = GitHubClient.builder(request.apiUrl(), accessToken)
                .httpClient(HttpClients.base()).userAgent(UserAgents.get()).retryPolicy(RetryPolicy.oneAttempt())
                .build()) {
            RepositoryCoordinates repository = request.repository().coordinates().isPresent()
                    ? request.repository().coordinates().get()
                    : client.getRepository(request.repository().id().getAsLong()).coordinates();
            if (!client.environmentExists(repository, environment)) {
                return FormValidation.warning(Messages.Connection_NoEnvironment(environment, repository.toString()));
            }
            client.getPublicKey(repository, environment);
            int secrets = client.listSecrets(repository, environment).size();
            return FormValidation.ok(Messages.Connection_Ok(environment, repository.toString(),
                    String.valueOf(secrets)));
        } catch (GitHubRateLimitException e) {
            Duration wait = Duration.between(Instant.now(), e.retryAt());
            return FormValidation.error(Messages.Connection_RateLimited(
                    Util.getTimeSpanString(Math.max(0, wait.toMillis())), e.retryAt().toString()));
        } catch (GitHubApiException e) {
            return FormValidation.error(String.valueOf(e.getMessage()));
        } finally {
            accessToken.destroy();
        }
    }
}
