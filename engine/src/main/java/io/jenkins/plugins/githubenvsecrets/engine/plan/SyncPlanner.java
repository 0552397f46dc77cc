package io.jenkins.plugins.githubenvsecrets.engine.plan;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Desired secrets (or variables) against a target's state: what to create, update, keep and delete. */
public final class SyncPlanner {
    private SyncPlanner() {
    }

    /** Plans one target with nothing removed by name. */
    public static List<PlannedAction> plan(Collection<SecretName> desired, TargetState existing,
            PlanRules rules) {
        return plan(desired, List.of(), existing, rules);
    }

    /**
     * Plans one target. Desired secrets come first, in the order given; then secrets removed by name, in the
     * order given (those that do not exist are kept as they are: absent); then pruned ones in name order, so the
     * report reads the same on every run.
     */
    public static List<PlannedAction> plan(Collection<SecretName> desired, Collection<SecretName> removed,
            TargetState existing, PlanRules rules) {
        Set<SecretName> wanted = new LinkedHashSet<>(desired);
        List<PlannedAction> actions = new ArrayList<>(wanted.size());
        for (SecretName name : wanted) {
            actions.add(new PlannedAction(name, actionFor(name, existing, rules)));
        }
        Set<SecretName> removals = new LinkedHashSet<>(removed);
        removals.removeAll(wanted);
        for (SecretName name : removals) {
            actions.add(new PlannedAction(name, existing.contains(name) ? Action.DELETE : Action.KEEP));
        }
        existing.names().stream()
                .filter(name -> !wanted.contains(name) && !removals.contains(name))
                .sorted()
                .forEach(name -> pruneAction(name, rules)
                        .ifPresent(action -> actions.add(new PlannedAction(name, action))));
        return List.copyOf(actions);
    }

    private static Action actionFor(SecretName name, TargetState existing, PlanRules rules) {
        if (!existing.contains(name)) {
            return Action.CREATE;
        }
        return rules.unchanged().test(name) ? Action.KEEP : Action.UPDATE;
    }

    /** What pruning does to an undeclared secret: delete, spare (owned but changed on GitHub), or nothing. */
    private static Optional<Action> pruneAction(SecretName name, PlanRules rules) {
        return switch (rules.pruneMode()) {
            case NONE -> Optional.empty();
            case OWNED -> !rules.owned().test(name) ? Optional.empty()
                    : Optional.of(rules.changedOnGitHub().test(name) ? Action.SPARE : Action.DELETE);
            case ALL -> Optional.of(Action.DELETE);
        };
    }
}
