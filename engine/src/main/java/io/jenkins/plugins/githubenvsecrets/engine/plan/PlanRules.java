package io.jenkins.plugins.githubenvsecrets.engine.plan;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The questions a plan asks beyond names: may an existing secret be left alone, and which undeclared ones may go.
 *
 * @param unchanged true for a desired secret that is known to hold the desired value already
 * @param pruneMode which undeclared secrets to delete
 * @param owned for {@link PruneMode#OWNED}: true for a secret this sync's identity wrote
 */
public record PlanRules(Predicate<SecretName> unchanged, PruneMode pruneMode, Predicate<SecretName> owned) {
    public PlanRules {
        Objects.requireNonNull(unchanged, "unchanged");
        Objects.requireNonNull(pruneMode, "pruneMode");
        Objects.requireNonNull(owned, "owned");
    }

    /** Write every desired secret, delete nothing. */
    public static PlanRules writeAll() {
        return new PlanRules(name -> false, PruneMode.NONE, name -> false);
    }

    public PlanRules withPruneMode(PruneMode mode) {
        return new PlanRules(unchanged, mode, owned);
    }
}
