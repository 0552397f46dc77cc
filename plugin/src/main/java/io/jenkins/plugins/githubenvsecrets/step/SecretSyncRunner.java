package io.jenkins.plugins.githubenvsecrets.step;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Functions;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.githubenvsecrets.HttpClients;
import io.jenkins.plugins.githubenvsecrets.Sealers;
import io.jenkins.plugins.githubenvsecrets.UserAgents;
import io.jenkins.plugins.githubenvsecrets.WriteLanes;
import io.jenkins.plugins.githubenvsecrets.config.GitHubEnvironmentSecretsConfiguration;
import io.jenkins.plugins.githubenvsecrets.credentials.GitHubTokenCredential;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretValueReader;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.github.AccessToken;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteLane;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretSync;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncOptions;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncValidationException;
import io.jenkins.plugins.githubenvsecrets.records.SyncMemories;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one path of a sync, for the pipeline step and the freestyle build step alike: read the credentials in the run's
 * context, validate the request as a whole, run the engine with a masked log, record the outcome on the build, and fail
 * the build if any secret failed.
 */
final class SecretSyncRunner {
    /** The label the token goes by in the mask's warnings. */
    static final String TOKEN_LABEL = "GitHub token";

    private final Run<?, ?> run;
    private final EnvVars env;
    private final Optional<Set<String>> sensitiveVariables;
    private final TaskListener listener;

    /**
     * @param sensitiveVariables the build's variables that Jenkins holds as secret (see {@link SensitiveVariables});
     *     {@code fromEnv} reading any other earns a warning; empty when the build cannot say
     */
    SecretSyncRunner(Run<?, ?> run, EnvVars env, Optional<Set<String>> sensitiveVariables, TaskListener listener) {
        this.run = run;
        this.env = env;
        this.sensitiveVariables = sensitiveVariables.map(Set::copyOf);
        this.listener = listener;
    }

    /**
     * @return the report, its reasons masked as the log is
     * @throws AbortException if the request is not valid (nothing was sent) or a secret failed; the message says
     *     which and why
     */
    SyncReport run(SyncSettings settings) throws IOException, InterruptedException {
        GitHubEnvironmentSecretsConfiguration defaults = GitHubEnvironmentSecretsConfiguration.get();
        SyncRequest.Builder builder = SyncRequest.builder()
                .repository(settings.getRepository())
                .apiUrl(settings.getApiUrl())
                .job(run.getParent().getFullName(), run.getNumber())
                .allowedApiUrls(defaults.allowedApiUrls(), GitHubEnvironmentSecretsConfiguration.howToAllowServer())
                .options(new SyncOptions(settings.isCreateEnvironment(), settings.isDryRun(), settings.pruneMode(),
                        settings.isForce(), settings.isFailOnDrift()));
        if (!settings.getSyncIdentity().isEmpty()) {
            // The engine accepts only the job's name or <job>/<suffix>, and says why otherwise.
            builder.identity(settings.getSyncIdentity());
        }
        addEnvironments(settings, builder);
        String credentialsId = settings.getCredentialsId().isEmpty() ? defaults.getCredentialsId()
                : settings.getCredentialsId();
        // A GitHub App credential knows its GitHub; that beats the global default, not an explicit URL.
        Optional<String> appApiUrl = GitHubTokenCredential.appApiUrlForRun(credentialsId, run);
        builder.defaultApiUrl(appApiUrl.orElse(defaults.getApiUrl()));
        // The token is looked up for the server it goes to, so a credential of another server's domain is refused.
        GitHubTokenCredential tokenCredential = GitHubTokenCredential.forRun(credentialsId, run,
                builder.resolvedApiUrl().orElse(null), builder::problem);

        SecretMask.Builder maskBuilder = SecretMask.builder();
        try {
            SecretValueReader values = new SecretValueReader(run, env, sensitiveVariables, builder, maskBuilder);
            settings.getSecrets().forEach(values::read);
            try (SyncRequest request = build(builder, maskBuilder)) {
                // A credential that was not found is a problem of the request, so build() has thrown.
                GitHubTokenCredential credential = Objects.requireNonNull(tokenCredential, "tokenCredential");
                credential.checkServes(request.apiUrl());
                // Before the first request, minting a GitHub App's token included: without libsodium, none is sent.
                SecretSealer sealer = Sealers.get();
                char[] token = token(credential, maskBuilder);
                try {
                    maskBuilder.add(TOKEN_LABEL, token);
                    SecretMask mask = maskBuilder.build();
                    return sync(request, token, sealer, mask, values.warnings(),
                            WriteLanes.of(request.apiUrl(), credential.id()));
                } finally {
                    Arrays.fill(token, '\0');
                }
            }
        } finally {
            // build() is what clears the builder's copies of the values; on an emptied builder it costs nothing.
            maskBuilder.build();
        }
    }

    /** A credential provider's reason for giving no token is masked with every value read, as problems are. */
    private static char[] token(GitHubTokenCredential credential, SecretMask.Builder maskBuilder)
            throws AbortException {
        try {
            return credential.token();
        } catch (AbortException e) {
            throw new AbortException(maskBuilder.build().apply(String.valueOf(e.getMessage())));
        }
    }

    private static void addEnvironments(SyncSettings settings, SyncRequest.Builder builder) {
        boolean one = !settings.getEnvironment().isEmpty();
        boolean several = !settings.getEnvironments().isEmpty();
        if (one && several) {
            builder.problem(Messages.Problem_BothEnvironmentForms());
            builder.environment(settings.getEnvironment()); // so the request does not also say "no environment"
        } else if (one) {
            builder.environment(settings.getEnvironment());
        } else if (several) {
            builder.environments(settings.getEnvironments());
        }
    }

    /**
     * Problems name secrets and credentials, never values; a credential provider's own message might not be as
     * careful, so the message is masked with every value read so far.
     */
    private static SyncRequest build(SyncRequest.Builder builder, SecretMask.Builder maskBuilder)
            throws AbortException {
        try {
            return builder.build();
        } catch (SyncValidationException e) {
            throw new AbortException(maskBuilder.build().apply(e.getMessage()));
        }
    }

    private SyncReport sync(SyncRequest request, char[] token, SecretSealer sealer, SecretMask mask,
            List<String> warnings, WriteLane lane) throws IOException, InterruptedException {
        PrintStream log = new PrintStream(mask.wrap(new UnclosableOutputStream(listener.getLogger())), true,
                StandardCharsets.UTF_8);
        try {
            SyncLog syncLog = new SyncLog(log);
            mask.skippedLabels().forEach(label -> syncLog.line(Messages.Log_NotMasked(label)));
            warnings.forEach(syncLog::warning);
            syncLog.line(start(request));
            optionLines(request).forEach(syncLog::line);
            SyncReport report = runEngine(request, token, sealer, mask, lane, syncLog, log);
            syncLog.line(Messages.Log_Done(report.repository().toString(), summary(report)));
            SecretSyncAction.record(run, SyncRecord.of(report, request.apiUrl().toString(), mask));
            if (report.hasFailures()) {
                throw new AbortException(mask.apply(Messages.Problem_SecretsFailed(
                        String.join("\n", report.failureLines()))));
            }
            return MaskedReports.of(report, mask);
        } finally {
            log.close(); // releases what the mask held back and flushes the build log, which stays open
        }
    }

    private static SyncReport runEngine(SyncRequest request, char[] token, SecretSealer sealer, SecretMask mask,
            WriteLane lane, SyncLog syncLog, PrintStream log) throws AbortException, InterruptedException {
        AccessToken accessToken = accessToken(token);
        // The log's mask scrubs GitHub's answers too: one mask, holding the token and every value, for all text.
        try (GitHubClient client = GitHubClient.builder(request.apiUrl(), accessToken)
                .mask(mask)
                .httpClient(HttpClients.base())
                .userAgent(UserAgents.get())
                .listener(syncLog)
                .writeLane(lane)
                .build()) {
            return new SecretSync(client, sealer, syncLog, SyncMemories.open(syncLog::warning)).run(request);
        } catch (GitHubApiException e) {
            // Only a repository given by id that cannot be resolved ends here; nothing was written.
            throw new AbortException(mask.apply(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            log.println(Functions.printThrowable(mask.apply(e)));
            throw new AbortException(mask.apply(Messages.Problem_Unexpected(String.valueOf(e.getMessage()))));
        } finally {
            accessToken.destroy();
        }
    }

    private static AccessToken accessToken(char[] token) throws AbortException {
        try {
            return AccessToken.of(token);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage()); // the message never shows the token
        }
    }

    private static String start(SyncRequest request) {
        String environments = request.environments().stream().map(environment -> "'" + environment.value() + "'")
                .collect(Collectors.joining(", "));
        String secrets = String.valueOf(request.secrets().size());
        return request.options().dryRun()
                ? Messages.Log_StartDryRun(request.repository().toString(), environments, secrets, request.apiUrl())
                : Messages.Log_Start(request.repository().toString(), environments, secrets, request.apiUrl());
    }

    /** What the sync does beyond writing what changed: whose secrets it prunes, and whether it writes everything. */
    private static List<String> optionLines(SyncRequest request) {
        List<String> lines = new ArrayList<>();
        switch (request.options().prune()) {
            case OWNED -> lines.add(Messages.Log_PruneOwned(request.identity()));
            case ALL -> lines.add(Messages.Log_PruneAll());
            case NONE -> {
                // the usual case: nothing to say
            }
        }
        if (request.options().force()) {
            lines.add(Messages.Log_Force());
        }
        return lines;
    }

    /** For example {@code 2 created, 1 unchanged}. */
    private static String summary(SyncReport report) {
        String counts = Arrays.stream(SecretOutcome.values())
                .filter(outcome -> report.count(outcome) > 0)
                .map(outcome -> report.count(outcome) + " " + outcome.label())
                .collect(Collectors.joining(", "));
        return counts.isEmpty() ? Messages.Log_NothingToDo() : counts;
    }
}
