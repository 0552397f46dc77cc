package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.HttpClients;
import io.jenkins.plugins.githubenvsecrets.UserAgents;
import io.jenkins.plugins.githubenvsecrets.config.FormPermissions;
import io.jenkins.plugins.githubenvsecrets.config.GitHubEnvironmentSecretsConfiguration;
import io.jenkins.plugins.githubenvsecrets.credentials.GitHubTokenCredential;
import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.RetryPolicy;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import io.jenkins.plugins.githubenvsecrets.engine.sync.ConnectionCheck;
import io.jenkins.plugins.githubenvsecrets.engine.sync.ConnectionReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncOptions;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The form's "Test connection": with the configured token, the engine's connection check reads what a sync of the
 * chosen scope would read (an environment's existence, a target's public key, the variables' listing, the selected
 * repositories), so that a missing permission shows before a build. GitHub offers no way to check write access short
 * of writing, so a success says what writing needs. The server is checked as a build checks it, before any token is
 * looked up or minted, and every request is tried once.
 */
final class ConnectionTest {
    /**
     * Lets the request validate without secrets: a dry run that may delete is "something to do", and this request is
     * only validated and resolved, never run.
     */
    private static final SyncOptions VALIDATE_ONLY = new SyncOptions(false, true, PruneMode.ALL);

    private ConnectionTest() {
    }

    /** @param target the scope, its target's fields, the API URL and the credential, as the form gives them */
    static FormValidation run(@CheckForNull Item item, SyncSettings target) throws InterruptedException {
        FormPermissions.checkConfigure(item);
        GitHubEnvironmentSecretsConfiguration defaults = GitHubEnvironmentSecretsConfiguration.get();
        String id = target.getCredentialsId().isEmpty() ? defaults.getCredentialsId() : target.getCredentialsId();
        Optional<String> appApiUrl = GitHubTokenCredential.appApiUrlForItem(id, item);
        SyncRequest.Builder builder = SyncRequest.builder().apiUrl(target.getApiUrl())
                .defaultApiUrl(appApiUrl.orElse(defaults.getApiUrl()), appApiUrl.isPresent()
                        ? Messages.Problem_AppApiUrlSource(id)
                        : GitHubEnvironmentSecretsConfiguration.defaultApiUrlSource())
                .allowedApiUrls(defaults.allowedApiUrls(), GitHubEnvironmentSecretsConfiguration.howToAllowServer())
                .options(VALIDATE_ONLY);
        RequestTargets.addTo(target, builder);
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
            return check(request, credential);
        } catch (SyncValidationException e) {
            return FormValidation.error(String.join("\n", e.problems()));
        } catch (AbortException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    private static FormValidation check(SyncRequest request, GitHubTokenCredential credential)
            throws AbortException, InterruptedException {
        char[] token = credential.token();
        AccessToken accessToken;
        SecretMask mask;
        try {
            accessToken = AccessToken.of(token);
            mask = SecretMask.builder().add(SecretSyncRunner.TOKEN_LABEL, token).build();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage()); // the message never shows the token
        } finally {
            Arrays.fill(token, '\0');
        }
        // A person waits for the answer, in a web request: one attempt, and no waiting for retries or rate limits.
        try (GitHubClient client = GitHubClient.builder(request.apiUrl(), accessToken).mask(mask)
                .tokenSource(Messages.Client_TokenSource(credential.id()))
                .httpClient(HttpClients.base()).userAgent(UserAgents.get()).retryPolicy(RetryPolicy.oneAttempt())
                .build()) {
            ConnectionCheck check = new ConnectionCheck(client);
            ConnectionReport secrets = check.check(request, Set.of(ValueKind.SECRET));
            List<FormValidation> findings = new ArrayList<>(validations(secrets.findings(), false));
            boolean variables = request.scope().supports(request.application(), ValueKind.VARIABLE);
            if (variables && secrets.level() != ConnectionReport.Level.ERROR) {
                findings.addAll(variableFindings(secrets, check.check(request, Set.of(ValueKind.VARIABLE))));
            }
            return FormValidation.aggregate(findings);
        } finally {
            accessToken.destroy();
        }
    }

    /**
     * What the variables' check adds to the secrets': what it found again (a missing environment) is said once, and a
     * refusal is a warning, since a sync that lists no variables does not need their permission.
     */
    private static List<FormValidation> variableFindings(ConnectionReport secrets, ConnectionReport variables) {
        Set<String> said = new LinkedHashSet<>(secrets.messages());
        List<ConnectionReport.Finding> added = variables.findings().stream()
                .filter(finding -> !said.contains(finding.message())).toList();
        return validations(added, true);
    }

    private static List<FormValidation> validations(List<ConnectionReport.Finding> findings, boolean forVariables) {
        return findings.stream().map(finding -> switch (finding.level()) {
            case OK -> FormValidation.ok(finding.message());
            case WARNING -> FormValidation.warning(finding.message());
            case ERROR -> forVariables ? FormValidation.warning(Messages.Connection_VariablesOnly(finding.message()))
                    : FormValidation.error(finding.message());
        }).toList();
    }
}
