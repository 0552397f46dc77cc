package io.jenkins.plugins.githubenvsecrets.step;

import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.githubenvsecrets.credentials.SensitiveVariables;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/** Runs the sync off the pipeline's thread, as network I/O must, and returns the outcome map. */
final class GitHubSecretStepExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final SyncSettings settings;
    private final StepResult.Shape shape;
    private final boolean failOnError;

    GitHubSecretStepExecution(StepContext context, SyncSettings settings, StepResult.Shape shape,
            boolean failOnError) {
        super(context);
        this.settings = settings;
        this.shape = shape;
        this.failOnError = failOnError;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        // The context's environment includes withCredentials bindings, so fromEnv values never pass as arguments.
        Run<?, ?> run = context.get(Run.class);
        // withCredentials marks the variables it binds as sensitive; fromEnv warns about any other.
        SyncReport report = new SecretSyncRunner(run, context.get(EnvVars.class),
                Optional.of(SensitiveVariables.ofStep(run, context.get(EnvironmentExpander.class))),
                context.get(TaskListener.class)).run(settings, failOnError);
        return StepResult.of(report, shape);
    }
}
