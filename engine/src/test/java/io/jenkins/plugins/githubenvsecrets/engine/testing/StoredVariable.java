package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Instant;

/**
 * A variable as the fake keeps it: its name (upper case), its value, which GitHub shows to whoever may read it, and
 * its timestamps (whole seconds). {@link #toString()} leaves the value out, so that no failure message shows it.
 */
record StoredVariable(String name, String value, Instant createdAt, Instant updatedAt) {
    StoredVariable updated(String newValue, Instant now) {
        return new StoredVariable(name, newValue, createdAt, now);
    }

    StoredVariable renamed(String newName, Instant now) {
        return new StoredVariable(SecretNames.canonical(newName), value, createdAt, now);
    }

    @Override
    public String toString() {
        return "variable " + name + " (value hidden)";
    }
}
