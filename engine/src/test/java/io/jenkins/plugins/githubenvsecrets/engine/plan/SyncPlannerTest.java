package io.jenkins.plugins.githubenvsecrets.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncPlannerTest {
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void shouldCreateMissingAndUpdateExistingSecretsInTheOrderGiven() {
        List<PlannedAction> plan = SyncPlanner.plan(names("B", "A", "C"), existing("A"), PlanRules.writeAll());

        assertThat(plan).containsExactly(
                action("B", Action.CREATE), action("A", Action.UPDATE), action("C", Action.CREATE));
    }

    @Test
    void shouldKeepWhatTheRulesKnowIsUnchanged() {
        PlanRules rules = new PlanRules(name -> name.value().equals("A"), PruneMode.NONE, name -> false);

        assertThat(SyncPlanner.plan(names("A", "B"), existing("A", "B"), rules))
                .containsExactly(action("A", Action.KEEP), action("B", Action.UPDATE));
    }

    @Test
    void shouldNeverKeepASecretThatDoesNotExist() {
        PlanRules rules = new PlanRules(name -> true, PruneMode.NONE, name -> false);

        assertThat(SyncPlanner.plan(names("A"), existing(), rules)).containsExactly(action("A", Action.CREATE));
    }

    @Test
    void shouldDeleteNothingWithoutPruning() {
        assertThat(SyncPlanner.plan(names("A"), existing("A", "Z", "Y"), PlanRules.writeAll()))
                .containsExactly(action("A", Action.UPDATE));
    }

    @Test
    void shouldDeleteEveryUndeclaredSecretInNameOrderWhenPruningAll() {
        PlanRules rules = PlanRules.writeAll().withPruneMode(PruneMode.ALL);

        assertThat(SyncPlanner.plan(names("A"), existing("Z", "A", "Y"), rules))
                .containsExactly(action("A", Action.UPDATE), action("Y", Action.DELETE), action("Z", Action.DELETE));
    }

    @Test
    void shouldDeleteOnlyOwnedUndeclaredSecretsWhenPruningOwned() {
        Set<SecretName> mine = Set.of(SecretName.of("MINE"), SecretName.of("A"));
        PlanRules rules = new PlanRules(name -> false, PruneMode.OWNED, mine::contains);

        assertThat(SyncPlanner.plan(names("A"), existing("A", "MINE", "THEIRS"), rules))
                .containsExactly(action("A", Action.UPDATE), action("MINE", Action.DELETE));
    }

    @Test
    void shouldSpareOwnedSecretsChangedOnGitHubWhenPruningOwnedButNotWhenPruningAll() {
        Set<SecretName> mine = Set.of(SecretName.of("MINE"), SecretName.of("CHANGED"));
        PlanRules owned = new PlanRules(name -> false, PruneMode.OWNED, mine::contains,
                name -> name.value().equals("CHANGED"));

        assertThat(SyncPlanner.plan(names(), existing("CHANGED", "MINE", "THEIRS"), owned))
                .containsExactly(action("CHANGED", Action.SPARE), action("MINE", Action.DELETE));
        assertThat(SyncPlanner.plan(names(), existing("CHANGED", "MINE", "THEIRS"),
                owned.withPruneMode(PruneMode.ALL))).extracting(PlannedAction::action).containsOnly(Action.DELETE);
    }

    @Test
    void shouldDeleteSecretsRemovedByNameAndKeepAbsentOnesAbsent() {
        List<PlannedAction> plan = SyncPlanner.plan(names("A"), names("OLD", "GONE", "A"), existing("A", "OLD", "Z"),
                PlanRules.writeAll().withPruneMode(PruneMode.ALL));

        assertThat(plan).containsExactly(action("A", Action.UPDATE), action("OLD", Action.DELETE),
                action("GONE", Action.KEEP), action("Z", Action.DELETE));
    }

    @Test
    void shouldPlanEachNameOnceEvenIfGivenTwice() {
        assertThat(SyncPlanner.plan(names("A", "a"), existing(), PlanRules.writeAll()))
                .containsExactly(action("A", Action.CREATE));
    }

    @Test
    void shouldPruneAnEmptyRequestToNothing() {
        PlanRules rules = PlanRules.writeAll().withPruneMode(PruneMode.ALL);

        assertThat(SyncPlanner.plan(List.of(), existing("A"), rules)).containsExactly(action("A", Action.DELETE));
        assertThat(action("A", Action.DELETE).writes()).isFalse();
        assertThat(action("A", Action.CREATE).writes()).isTrue();
    }

    private static List<SecretName> names(String... names) {
        return Arrays.stream(names).map(SecretName::of).toList();
    }

    private static TargetState existing(String... names) {
        Map<SecretName, Instant> state = new LinkedHashMap<>();
        for (String name : names) {
            state.put(SecretName.of(name), T);
        }
        return TargetState.of(state);
    }

    private static PlannedAction action(String name, Action action) {
        return new PlannedAction(SecretName.of(name), action);
    }
}
