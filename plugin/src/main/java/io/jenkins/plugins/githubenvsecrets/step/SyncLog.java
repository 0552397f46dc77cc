package io.jenkins.plugins.githubenvsecrets.step;

import io.jenkins.plugins.githubenvsecrets.engine.github.RequestContext;
import io.jenkins.plugins.githubenvsecrets.engine.github.RequestListener;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncListener;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Writes a sync's progress to the build log, one line per secret and per notable event: names and outcomes, never a
 * value. The stream it writes to masks every secret of the sync, for the text that comes from GitHub.
 */
final class SyncLog implements SyncListener, RequestListener {
    private final PrintStream log;

    SyncLog(PrintStream log) {
        this.log = log;
    }

    void line(String text) {
        log.println(Messages.Log_Prefix() + " " + text);
    }

    @Override
    public void environmentDone(EnvironmentReport report) {
        String environment = report.environment().value();
        switch (report.outcome()) {
            case CREATED -> line(Messages.Log_EnvironmentCreated(environment));
            case WOULD_CREATE -> line(Messages.Log_EnvironmentWouldCreate(environment));
            case FAILED -> line(Messages.Log_EnvironmentFailed(environment, report.environmentError().orElse("")));
            case EXISTING -> {
                // Nothing to say: its secrets speak for it.
            }
        }
    }

    @Override
    public void secretDone(EnvironmentName environment, SecretResult result) {
        if (result.failed()) {
            line(Messages.Log_SecretFailed(environment.value(), result.name().value(),
                    result.failureReason().orElse("")));
        } else {
            // describe() adds what the label alone hides: drift, or why pruning kept a secret.
            line(Messages.Log_Secret(environment.value(), result.name().value(), result.describe()));
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
