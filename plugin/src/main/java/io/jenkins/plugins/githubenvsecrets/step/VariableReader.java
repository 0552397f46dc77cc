package io.jenkins.plugins.githubenvsecrets.step;

import hudson.EnvVars;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Reads each variable's value when the sync runs and hands it to the request. A variable is readable by anyone who can
 * read the repository, so a value that Jenkins holds as secret never becomes one: a credential, or a build variable
 * that a credentials binding or a password parameter marks as sensitive, is a problem that points to secrets. Values
 * are not masked (they are no secrets) and never logged (the engine reports outcomes only).
 */
final class VariableReader {
    /** The source recorded for a value written in the job's configuration. */
    static final String TEXT_SOURCE = "text";

    private final EnvVars env;
    private final Optional<Set<String>> sensitiveVariables;
    private final SyncRequest.Builder request;

    /**
     * @param sensitiveVariables the build variables Jenkins holds as secret; empty when the build cannot say (the
     *     freestyle build step inside a Pipeline), and then only credentials are refused
     */
    VariableReader(EnvVars env, Optional<Set<String>> sensitiveVariables, SyncRequest.Builder request) {
        this.env = env;
        this.sensitiveVariables = sensitiveVariables.map(Set::copyOf);
        this.request = request;
    }

    void read(VariableSource source) {
        String name = source.getName();
        String label = name.isEmpty() ? Messages.Problem_UnnamedVariable() : name;
        if (!source.getCredentialsId().isEmpty()) {
            request.problem(Messages.Problem_VariableFromCredential(label, source.getCredentialsId()));
            return;
        }
        boolean text = !source.getValue().isEmpty();
        boolean fromEnv = !source.getFromEnv().isEmpty();
        if (text && fromEnv) {
            request.problem(Messages.Problem_BothVariableSources(label));
        } else if (text) {
            add(name, source.getValue(), TEXT_SOURCE);
        } else if (fromEnv) {
            readEnvironmentVariable(name, label, source.getFromEnv());
        } else {
            request.problem(Messages.Problem_NoVariableSource(label));
        }
    }

    private void readEnvironmentVariable(String name, String label, String variable) {
        if (sensitiveVariables.isPresent() && sensitiveVariables.get().contains(variable)) {
            // Its value is a secret: not read at all, so it is neither sent nor masked.
            request.problem(Messages.Problem_VariableFromSecretVariable(label, variable));
            return;
        }
        String value = env.get(variable);
        if (value == null) {
            request.problem(Messages.Problem_VariableEnvironmentVariableMissing(label, variable));
            return;
        }
        add(name, value, "env:" + variable);
    }

    private void add(String name, String value, String source) {
        char[] chars = value.toCharArray();
        try {
            request.variable(name, chars, source);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
