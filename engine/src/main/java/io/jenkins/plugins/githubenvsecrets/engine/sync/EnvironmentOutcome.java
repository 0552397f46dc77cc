package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.util.Locale;

/** What happened to an environment itself. Its settings are never touched. */
public enum EnvironmentOutcome {
    EXISTING,
    CREATED,
    WOULD_CREATE,
    /** The environment could not be read or created; its secrets were not attempted. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
