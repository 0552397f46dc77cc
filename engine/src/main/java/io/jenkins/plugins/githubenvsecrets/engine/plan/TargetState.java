package io.jenkins.plugins.githubenvsecrets.engine.plan;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets or variables a target has on GitHub, as a plan needs them: names and when each last changed. Never a
 * value.
 */
public final class TargetState {
    private static final TargetState EMPTY = new TargetState(Map.of());

    private final Map<SecretName, Instant> updatedAt;

    private TargetState(Map<SecretName, Instant> updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** A target with none, such as an environment about to be created. */
    public static TargetState empty() {
        return EMPTY;
    }

    public static TargetState of(Map<SecretName, Instant> updatedAt) {
        return new TargetState(Collections.unmodifiableMap(new LinkedHashMap<>(updatedAt)));
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
