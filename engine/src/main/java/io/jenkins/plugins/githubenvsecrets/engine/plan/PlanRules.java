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
 * @param changedOnGitHub for {@link PruneMode#OWNED}: true for a secret changed on GitHub since this Jenkins wrote
 *     it, which owned-only pruning spares
 */
public record PlanRules(Predicate<SecretName> unchanged, PruneMode pruneMode, Predicate<SecretName> owned,
        Predicate<SecretName> changedOnGitHub) {
    public PlanRules {
        Objects.requireNonNull(unchanged, "unchanged");
        Objects.requireNonNull(pruneMode, "pruneMode");
        Objects.requireNonNull(owned, "owned");
        Objects.requireNonNull(changedOnGitHub, "changedOnGitHub");
    }

    /** Rules for which nothing was changed on GitHub since it was written. */
    public PlanRules(Predicate<SecretName> unchanged, PruneMode pruneMode, Predicate<SecretName> owned) {
        this(unchanged, pruneMode, owned, name -> false);
    }

    /** Write every desired secret, delete nothing. */
    public static PlanRules writeAll() {
        return new PlanRules(name -> false, PruneMode.NONE, name -> false);
    }

    public PlanRules withPruneMode(PruneMode mode) {
        return new PlanRules(unchanged, mode, owned, changedOnGitHub);
    }
}
