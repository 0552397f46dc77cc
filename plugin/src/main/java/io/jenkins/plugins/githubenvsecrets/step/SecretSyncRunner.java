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
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteLane;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretOutcome;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretSync;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncOptions;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncProgress;
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
 * The one path of a sync, for the three Pipeline steps and the freestyle build step alike: read the credentials in the
 * run's context, validate the request as a whole, run the engine with a masked log, record the outcome on the build,
 * and fail the build if any secret or variable failed (unless the caller asked for the outcomes instead).
 */
final class SecretSyncRunner {
    /** The label the token goes by in the mask's warnings. */
    static final String TOKEN_LABEL = "GitHub token";

    private final Run<?, ?> run;
    private final EnvVars env;
    private final Optional<Set<String>> sensitiveVariables;
    private final TaskListener listener;

    /**
     * @param sensitiveVariables the build's variables that Jenkins holds as secret (see
     *     {@link io.jenkins.plugins.githubenvsecrets.credentials.SensitiveVariables});
     *     {@code fromEnv} reading any other earns a warning; empty when the build cannot say
     */
    SecretSyncRunner(Run<?, ?> run, EnvVars env, Optional<Set<String>> sensitiveVariables, TaskListener listener) {
        this.run = run;
        this.env = env;
        this.sensitiveVariables = sensitiveVariables.map(Set::copyOf);
        this.listener = listener;
    }

    /**
     * @param failOnError whether a failed secret or variable fails the build; without it the failures are logged and
     *     the report returned, failures included
     * @return the report, its reasons masked as the log is
     * @throws AbortException if the request is not valid, or GitHub showed it to be wrong before anything was written
     *     (nothing was written either way), or with {@code failOnError} if an item failed; the message says which and
     *     why
     */
    SyncReport run(SyncSettings settings, boolean failOnError) throws IOException, InterruptedException {
        GitHubEnvironmentSecretsConfiguration defaults = GitHubEnvironmentSecretsConfiguration.get();
        SyncRequest.Builder builder = SyncRequest.builder()
                .apiUrl(settings.getApiUrl())
                .job(run.getParent().getFullName(), run.getNumber())
                .allowedApiUrls(defaults.allowedApiUrls(), GitHubEnvironmentSecretsConfiguration.howToAllowServer())
                .options(new SyncOptions(settings.isCreateEnvironment(), settings.isDryRun(), settings.pruneMode(),
                        settings.isForce(), settings.isFailOnDrift()));
        if (!settings.getSyncIdentity().isEmpty()) {
            // The engine accepts only the job's name or <job>/<suffix>, and says why otherwise.
            builder.identity(settings.getSyncIdentity());
        }
        RequestTargets.addTo(settings, builder);
        String credentialsId = settings.getCredentialsId().isEmpty() ? defaults.getCredentialsId()
                : settings.getCredentialsId();
        // A GitHub App credential knows its GitHub; that beats the global default, not an explicit URL.
        Optional<String> appApiUrl = GitHubTokenCredential.appApiUrlForRun(credentialsId, run);
        builder.defaultApiUrl(appApiUrl.orElse(defaults.getApiUrl()), appApiUrl.isPresent()
                ? Messages.Problem_AppApiUrlSource(credentialsId)
                : GitHubEnvironmentSecretsConfiguration.defaultApiUrlSource());
        // The token is looked up for the server it goes to, so a credential of another server's domain is refused.
        GitHubTokenCredential tokenCredential = GitHubTokenCredential.forRun(credentialsId, run,
                builder.resolvedApiUrl().orElse(null), builder::problem);

        SecretMask.Builder maskBuilder = SecretMask.builder();
        try {
            SecretValueReader values = new SecretValueReader(run, env, sensitiveVariables, builder, maskBuilder);
            settings.getSecrets().forEach(values::read);
            VariableReader variables = new VariableReader(env, sensitiveVariables, builder);
            settings.getVariables().forEach(variables::read);
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
                    return sync(request, token, credential.id(), sealer, mask, values.warnings(),
                            WriteLanes.of(request.apiUrl(), credential.id()), failOnError);
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

    private SyncReport sync(SyncRequest request, char[] token, String credentialId, SecretSealer sealer,
            SecretMask mask, List<String> warnings, WriteLane lane, boolean failOnError)
            throws IOException, InterruptedException {
        PrintStream log = new PrintStream(mask.wrap(new UnclosableOutputStream(listener.getLogger())), true,
                StandardCharsets.UTF_8);
        try {
            SyncLog syncLog = new SyncLog(log);
            // What may show a value: said in the log first, and kept with the outcomes on the build's page.
            List<String> valueWarnings = new ArrayList<>();
            mask.skippedLabels().forEach(label -> valueWarnings.add(Messages.Log_NotMasked(label)));
            valueWarnings.addAll(warnings);
            valueWarnings.forEach(syncLog::warning);
            syncLog.line(SyncLog.start(request));
            optionLines(request).forEach(syncLog::line);
            SyncProgress progress = new SyncProgress(syncLog);
            SyncReport report;
            try {
                report = runEngine(request, token, credentialId, sealer, mask, lane, syncLog, progress, log);
            } catch (InterruptedException e) {
                // Aborted: what was done until then still goes on the build's page, marked as cut short.
                SyncReport soFar = progress.soFar(request.options().dryRun());
                SecretSyncAction.record(run, SyncRecord.aborted(soFar, request.apiUrl().toString(), valueWarnings,
                        mask));
                boolean anyDone = soFar.targets().stream()
                        .anyMatch(target -> !target.secrets().isEmpty() || !target.variables().isEmpty());
                syncLog.line(anyDone ? Messages.Log_Aborted(summary(soFar)) : Messages.Log_AbortedBeforeAny());
                throw e;
            }
            SecretSyncAction.record(run, SyncRecord.of(report, request.apiUrl().toString(), valueWarnings, mask));
            if (!report.problems().isEmpty()) {
                // GitHub showed the request wrong before anything was written: as a request that is not valid.
                throw new AbortException(mask.apply(Messages.Problem_NothingWritten(
                        String.join("\n", report.problems()))));
            }
            syncLog.line(Messages.Log_Done(summary(report)));
            if (report.hasFailures()) {
                String failures = mask.apply(String.join("\n", report.failureLines()));
                if (failOnError) {
                    throw new AbortException(Messages.Problem_ItemsFailed(failures));
                }
                syncLog.line(Messages.Log_FailuresReturned(failures));
            }
            return MaskedReports.of(report, mask);
        } finally {
            log.close(); // releases what the mask held back and flushes the build log, which stays open
        }
    }

    private static SyncReport runEngine(SyncRequest request, char[] token, String credentialId, SecretSealer sealer,
            SecretMask mask, WriteLane lane, SyncLog syncLog, SyncProgress progress, PrintStream log)
            throws AbortException, InterruptedException {
        AccessToken accessToken = accessToken(token);
        // The log's mask scrubs GitHub's answers too: one mask, holding the token and every value, for all text.
        try (GitHubClient client = GitHubClient.builder(request.apiUrl(), accessToken)
                .tokenSource(Messages.Client_TokenSource(credentialId))
                .mask(mask)
                .httpClient(HttpClients.base())
                .userAgent(UserAgents.get())
                .listener(syncLog)
                .writeLane(lane)
                .build()) {
            return new SecretSync(client, sealer, progress, SyncMemories.open(progress::warning)).run(request);
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

    /** What the sync does beyond writing what changed: whose items it prunes, and whether it writes everything. */
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

    /** {@code 2 created, 1 unchanged}; with variables {@code secrets: 2 created; variables: 1 updated}. */
    private static String summary(SyncReport report) {
        if (!report.hasVariables()) {
            return counts(report, ValueKind.SECRET);
        }
        return Arrays.stream(ValueKind.values()).map(kind -> kind.pathSegment() + ": " + counts(report, kind))
                .collect(Collectors.joining("; "));
    }

    private static String counts(SyncReport report, ValueKind kind) {
        String counts = Arrays.stream(SecretOutcome.values())
                .filter(outcome -> report.count(kind, outcome) > 0)
                .map(outcome -> report.count(kind, outcome) + " " + outcome.label())
                .collect(Collectors.joining(", "));
        return counts.isEmpty() ? Messages.Log_NothingToDo() : counts;
    }
}
