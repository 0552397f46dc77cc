package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which repositories of the organization the request lets read its secrets and variables (visibility and, for
 * {@code selected}, the resolved ids), compared with what GitHub holds: desired state, as the value is. A visibility
 * GitHub lists differently is changed with a write of the whole secret or variable; a selection alone, by replacing
 * the selection.
 */
final class OrganizationAccess {
    private final RepositoryAccess desired;

    OrganizationAccess(RepositoryAccess desired) {
        this.desired = Objects.requireNonNull(desired, "desired");
    }

    RepositoryAccess desired() {
        return desired;
    }

    /** {@code visibility private -> selected} when GitHub lists another visibility; empty when it lists this one. */
    Optional<String> visibilityChange(Visibility listed) {
        if (listed == null || listed == desired.visibility()) {
            return Optional.empty();
        }
        return Optional.of("visibility " + listed.apiValue() + " -> " + desired.visibility().apiValue());
    }

    /** Whether only reading the selection can tell: both GitHub and the request say {@code selected}. */
    boolean selectionMatters(Visibility listed) {
        return listed == Visibility.SELECTED && desired.visibility() == Visibility.SELECTED;
    }

    /**
     * {@code selected repositories changed (2 added, 1 removed)} when GitHub's selection is another than the desired
     * one; empty when it is the same, in any order.
     */
    Optional<String> selectionChange(Collection<Long> current) {
        Set<Long> now = new TreeSet<>(current);
        Set<Long> wanted = new TreeSet<>(desired.selectedRepositoryIds());
        if (now.equals(wanted)) {
            return Optional.empty();
        }
        long added = wanted.stream().filter(id -> !now.contains(id)).count();
        long removed = now.stream().filter(id -> !wanted.contains(id)).count();
        return Optional.of("selected repositories changed (" + added + " added, " + removed + " removed)");
    }

    /** Whether {@code recorded} (what our last write sent) is another access than GitHub's. */
    static boolean differs(RepositoryAccess recorded, Visibility listed, List<Long> selection) {
        if (recorded.visibility() != listed) {
            return true;
        }
        return selection != null && !new TreeSet<>(recorded.selectedRepositoryIds()).equals(new TreeSet<>(selection));
    }
}
