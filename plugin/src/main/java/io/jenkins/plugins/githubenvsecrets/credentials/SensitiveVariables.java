package io.jenkins.plugins.githubenvsecrets.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractBuild;
import hudson.model.ParameterValue;
import hudson.model.ParametersAction;
import hudson.model.Run;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The names of a build's environment variables that Jenkins holds as secret: bound credentials and password
 * parameters. A value read from any other variable may have been shown already (in the log, in the build's
 * environment page), so reading it earns a warning.
 */
@Restricted(NoExternalUse.class)
public final class SensitiveVariables {
    private SensitiveVariables() {
    }

    /**
     * In a freestyle build: what its build wrappers (credentials bindings) and parameters mark as sensitive. Empty
     * when the build step runs in a Pipeline ({@code step(...)}), which does not tell it what {@code withCredentials}
     * binds: better no warning than a false one.
     */
    public static Optional<Set<String>> ofBuild(Run<?, ?> run) {
        if (run instanceof AbstractBuild<?, ?> build) {
            return Optional.of(Set.copyOf(build.getSensitiveBuildVariables()));
        }
        return Optional.empty();
    }

    /** In a pipeline step: what enclosing blocks such as {@code withCredentials} bind, and password parameters. */
    public static Set<String> ofStep(Run<?, ?> run, @CheckForNull EnvironmentExpander expander) {
        Set<String> names = new HashSet<>(sensitiveParameters(run));
        if (expander != null) {
            names.addAll(expander.getSensitiveVariables());
        }
        return Set.copyOf(names);
    }

    private static Set<String> sensitiveParameters(Run<?, ?> run) {
        ParametersAction parameters = run.getAction(ParametersAction.class);
        if (parameters == null) {
            return Set.of();
        }
        return parameters.getParameters().stream().filter(ParameterValue::isSensitive).map(ParameterValue::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
