package io.jenkins.plugins.githubenvsecrets.engine.plan;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The secrets an environment has on GitHub: names and when each last changed. Never a value: GitHub has none. */
public final class EnvironmentState {
    private static final EnvironmentState EMPTY = new EnvironmentState(Map.of());

    private final Map<SecretName, Instant> updatedAt;

    private EnvironmentState(Map<SecretName, Instant> updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** An environment with no secrets, such as one about to be created. */
    public static EnvironmentState empty() {
        return EMPTY;
    }

    public static EnvironmentState of(Map<SecretName, Instant> updatedAt) {
        return new EnvironmentState(Collections.unmodifiableMap(new LinkedHashMap<>(updatedAt)));
    }

    public Set<SecretName> names() {
        return updatedAt.keySet();
    }

    public boolean contains(SecretName name) {
        return updatedAt.containsKey(name);
    }

    public Optional<Instant> updatedAt(SecretName name) {
        return Optional.ofNullable(updatedAt.get(name));
    }
}
