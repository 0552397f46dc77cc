package io.jenkins.plugins.githubenvsecrets.step;

import io.jenkins.plugins.githubenvsecrets.engine.github.RequestContext;
import io.jenkins.plugins.githubenvsecrets.engine.github.RequestListener;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncListener;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import io.jenkins.plugins.githubenvsecrets.engine.sync.TargetReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Writes a sync's progress to the build log, one line per secret, per variable and per notable event: names and
 * outcomes, never a value. The stream it writes to masks every secret of the sync, for the text that comes from
 * GitHub.
 */
final class SyncLog implements SyncListener, RequestListener {
    private final PrintStream log;

    SyncLog(PrintStream log) {
        this.log = log;
    }

    void line(String text) {
        log.println(Messages.Log_Prefix() + " " + text);
    }

    /** The first line: how many of each, to where, through which API. */
    static String start(SyncRequest request) {
        String items = request.variables().isEmpty() ? Messages.Log_Secrets(request.secrets().size())
                : Messages.Log_SecretsAndVariables(request.secrets().size(), request.variables().size());
        String where = where(request);
        return request.options().dryRun() ? Messages.Log_StartDryRun(items, where, request.apiUrl())
                : Messages.Log_Start(items, where, request.apiUrl());
    }

    /** {@code environment(s) 'production' of acme/web}, {@code repository(s) acme/web for Dependabot}, ... */
    private static String where(SyncRequest request) {
        String application = request.application().displayName();
        String repositories = request.repositories().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        String environments = request.environments().stream().map(environment -> "'" + environment.value() + "'")
                .collect(Collectors.joining(", "));
        return switch (request.scope()) {
            case ENVIRONMENT -> Messages.Log_Environments(environments, repositories);
            case REPOSITORY -> Messages.Log_Repositories(repositories, application);
            case ORGANIZATION -> Messages.Log_Organization(request.organization().map(Object::toString).orElse(""),
                    application, request.visibility().map(Visibility::apiValue).orElse(""),
                    request.selectedRepositories().isEmpty() ? "" : request.selectedRepositories().stream()
                            .map(RepositoryCoordinates::toString).collect(Collectors.joining(", ", " (", ")")));
        };
    }

    @Override
    public void targetDone(TargetReport report) {
        String where = report.target().describe();
        switch (report.outcome()) {
            case CREATED -> line(Messages.Log_EnvironmentCreated(where));
            case WOULD_CREATE -> line(Messages.Log_EnvironmentWouldCreate(where));
            case FAILED -> line(Messages.Log_TargetFailed(where, report.targetError().orElse("")));
            case EXISTING -> {
                // Nothing to say: its secrets and variables speak for it.
            }
        }
    }

    @Override
    public void itemDone(Target target, ValueKind kind, SecretResult result) {
        String where = target.describe();
        if (result.failed()) {
            line(Messages.Log_ItemFailed(where, kind.noun(), result.name().value(),
                    result.failureReason().orElse("")));
        } else {
            // describe() adds what the label alone hides: drift, why pruning kept it, what else an update changed.
            line(Messages.Log_Item(where, kind.noun(), result.name().value(), result.describe()));
        }
    }

    @Override
    public void warning(String message) {
        line(Messages.Log_Warning(message));
    }

    @Override
    public void retryScheduled(RequestContext request, int attempt, Duration delay, String reason) {
        line(Messages.Log_Retry(request.describe(), reason, seconds(delay), String.valueOf(attempt)));
    }

    @Override
    public void rateLimitWait(RequestContext request, Duration delay, String reason) {
        line(Messages.Log_RateLimitWait(request.describe(), reason, seconds(delay)));
    }

    private static String seconds(Duration delay) {
        return String.valueOf(Math.max(1, (delay.toMillis() + 999) / 1000));
    }
}
