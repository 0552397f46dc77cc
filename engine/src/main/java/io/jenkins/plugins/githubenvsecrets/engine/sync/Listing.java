package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.plan.TargetState;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What GitHub listed of one kind at one target, under the names GitHub gives: when each last changed and, for an
 * organization's, who may read it; for a variable its value too, which is compared and never shown.
 */
final class Listing {
    private static final Listing EMPTY = new Listing(Map.of());

    private final Map<SecretName, Listed> items;

    private Listing(Map<SecretName, Listed> items) {
        this.items = items;
    }

    static Listing empty() {
        return EMPTY;
    }

    static Listing of(Map<SecretName, Listed> items) {
        return new Listing(Collections.unmodifiableMap(new LinkedHashMap<>(items)));
    }

    Set<SecretName> names() {
        return items.keySet();
    }

    boolean contains(SecretName name) {
        return items.containsKey(name);
    }

    Optional<Listed> get(SecretName name) {
        return Optional.ofNullable(items.get(name));
    }

    Optional<Instant> updatedAt(SecretName name) {
        return get(name).map(Listed::updatedAt);
    }

    /** Names and times, as the planner takes them. */
    TargetState state() {
        Map<SecretName, Instant> updatedAt = new LinkedHashMap<>();
        items.forEach((name, listed) -> updatedAt.put(name, listed.updatedAt()));
        return TargetState.of(updatedAt);
    }

    /**
     * One listed secret or variable.
     *
     * @param value a variable's value; {@code null} for a secret, whose value GitHub never shows
     * @param visibility an organization's secret's or variable's; {@code null} for other targets
     */
    record Listed(Instant updatedAt, String value, Visibility visibility) {
        Listed {
            Objects.requireNonNull(updatedAt, "updatedAt");
        }

        @Override
        public String toString() {
            return "Listed[updatedAt=" + updatedAt + (value == null ? "" : ", value not shown")
                    + (visibility == null ? "" : ", visibility=" + visibility.apiValue()) + "]";
        }
    }
}
