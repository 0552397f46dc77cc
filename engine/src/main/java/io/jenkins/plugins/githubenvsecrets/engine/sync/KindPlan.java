package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.Action;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlanRules;
import io.jenkins.plugins.githubenvsecrets.engine.plan.PlannedAction;
import io.jenkins.plugins.githubenvsecrets.engine.plan.SyncPlanner;
import io.jenkins.plugins.githubenvsecrets.engine.plan.TargetState;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a sync means to do to one kind of one target, and what it found on the way: the plan (create, update, keep,
 * delete, spare), for an organization's what each write changes besides the value, and which of its own were changed
 * on GitHub since this Jenkins wrote them (drift). Decided on what GitHub listed and what the records say, with one
 * read each for the selections that only a read can compare.
 */
final class KindPlan {
    private final KindGateway gateway;
    private final SyncRequest request;
    private final RecordSet records;
    private final OrganizationAccess access;
    /** What GitHub listed; {@code null} when not listed (missing, or not needed). */
    private final Listing state;
    private final Map<SecretName, SecretValue> desired;
    private final List<PlannedAction> actions;
    private final Map<SecretName, AccessChange> accessChanges = new HashMap<>();
    /** GitHub's selected repositories, where they were read. */
    private final Map<SecretName, List<Long>> selections = new HashMap<>();
    private final Map<SecretName, GitHubApiException> selectionFailures = new HashMap<>();

    private KindPlan(KindGateway gateway, SyncRequest request, RecordSet records, OrganizationAccess access,
            Listing state) {
        this.gateway = gateway;
        this.request = request;
        this.records = records;
        this.access = access;
        this.state = state;
        this.desired = request.values(gateway.kind());
        this.actions = SyncPlanner.plan(desired.keySet(), request.removals(gateway.kind()),
                state == null ? TargetState.empty() : state.state(), new PlanRules(this::unchanged,
                        request.options().prune(), this::ownedOnlyByThisSync, this::changedOnGitHub));
    }

    /**
     * Plans against what was listed (nothing, for a missing environment), then, for an organization's, what a write
     * must change besides the value: a visibility GitHub lists differently, or, where the value stays and both sides
     * say {@code selected}, a selection GitHub holds differently, which costs one read each.
     */
    static KindPlan make(KindGateway gateway, SyncRequest request, RecordSet records, OrganizationAccess access,
            Listing state) throws InterruptedException {
        KindPlan plan = new KindPlan(gateway, request, records, access, state);
        if (access != null && state != null) {
            plan.compareAccess();
        }
        return plan;
    }

    List<PlannedAction> actions() {
        return actions;
    }

    Set<SecretName> deletions() {
        return actions.stream().filter(action -> action.action() == Action.DELETE).map(PlannedAction::secret)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What the write of {@code name} changes besides the value; empty when nothing. */
    Optional<AccessChange> accessChange(SecretName name) {
        return Optional.ofNullable(accessChanges.get(name));
    }

    /** Why the selection of {@code name} could not be read, if it could not: the action then fails. */
    Optional<GitHubApiException> selectionFailure(SecretName name) {
        return Optional.ofNullable(selectionFailures.get(name));
    }

    /** Whether carrying out {@code action} writes a value (a selection alone is no such write). */
    boolean writesValue(PlannedAction action) {
        return action.writes() || accessChange(action.secret()).filter(change -> !change.selectionOnly()).isPresent();
    }

    /** The declared names this sync owns and someone changed on GitHub since this Jenkins wrote them. */
    Map<SecretName, Drift> drifted() {
        Map<SecretName, Drift> drifted = new LinkedHashMap<>();
        desired.keySet().forEach(name -> drift(name).ifPresent(drift -> drifted.put(name, drift)));
        return drifted;
    }

    /**
     * Drift of one this sync owns: its value changed on GitHub since our write (for a variable, to another value than
     * the desired one), or, for an organization's, which repositories may read it.
     */
    Optional<Drift> drift(SecretName name) {
        SecretRecord record = records.get(name);
        Listing.Listed listed = listed(name);
        // Without our write's time nothing says when it changed: written back as changed, but not called drift.
        if (!desired.containsKey(name) || record == null || listed == null || record.writtenAt() == null
                || !record.owners().contains(request.identity())) {
            return Optional.empty();
        }
        String since = records.since(record);
        if (changedOnGitHub(name) && gateway.mayDiffer(name, listed)) {
            return Optional.of(new Drift(since, listed.updatedAt()));
        }
        if (record.access() != null && listed.visibility() != null
                && OrganizationAccess.differs(record.access(), listed.visibility(), selections.get(name))) {
            return Optional.of(new Drift(since, listed.updatedAt(), record.access().visibility()
                    == listed.visibility() ? "selected repositories" : "visibility"));
        }
        return Optional.empty();
    }

    private void compareAccess() throws InterruptedException {
        for (PlannedAction action : actions) {
            SecretName name = action.secret();
            Listing.Listed listed = listed(name);
            if (!desired.containsKey(name) || listed == null) {
                continue;
            }
            Optional<String> visibility = access.visibilityChange(listed.visibility());
            if (visibility.isPresent()) {
                accessChanges.put(name, new AccessChange(visibility.get(), false));
            } else if (action.action() == Action.KEEP && access.selectionMatters(listed.visibility())) {
                try {
                    List<Long> selected = gateway.selectedRepositoryIds(name);
                    selections.put(name, selected);
                    access.selectionChange(selected)
                            .ifPresent(reason -> accessChanges.put(name, new AccessChange(reason, true)));
                } catch (GitHubApiException e) {
                    selectionFailures.put(name, e);
                }
            }
        }
    }

    /** GitHub holds the desired value, as the gateway decides, unless {@code force} rewrites every secret. */
    private boolean unchanged(SecretName name) {
        if (gateway.kind() == ValueKind.SECRET && request.options().force()) {
            return false;
        }
        Listing.Listed listed = listed(name);
        return listed != null && gateway.holdsDesiredValue(name, records.get(name), listed);
    }

    boolean changedOnGitHub(SecretName name) {
        SecretRecord record = records.get(name);
        return record != null && state != null
                && state.updatedAt(name).filter(record::changedOnGitHubSince).isPresent();
    }

    private boolean ownedOnlyByThisSync(SecretName name) {
        SecretRecord record = records.get(name);
        return record != null && record.ownedOnlyBy(request.identity());
    }

    private Listing.Listed listed(SecretName name) {
        return state == null ? null : state.get(name).orElse(null);
    }

    /**
     * What an organization's write changes besides the value.
     *
     * @param reason in words, such as {@code visibility private -> selected}
     * @param selectionOnly only the selected repositories differ: they are replaced, the value left as it is
     */
    record AccessChange(String reason, boolean selectionOnly) {
    }
}
