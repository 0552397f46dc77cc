package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a sync has told its listener so far, kept as a report, for a sync that ends without one: when the caller is
 * interrupted (a build aborted), {@link SecretSync#run} throws, and {@link #soFar} still says what was done until
 * then. Every event also goes on to the listener it wraps.
 */
public final class SyncProgress implements SyncListener {
    private final SyncListener listener;
    private final List<TargetReport> finished = new ArrayList<>();
    private final Map<ValueKind, List<SecretResult>> current = new EnumMap<>(ValueKind.class);
    private Target started;

    public SyncProgress(SyncListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void targetStarted(Target target) {
        synchronized (this) {
            started = target;
            current.clear();
        }
        listener.targetStarted(target);
    }

    @Override
    public void itemDone(Target target, ValueKind kind, SecretResult result) {
        synchronized (this) {
            current.computeIfAbsent(kind, unused -> new ArrayList<>()).add(result);
        }
        listener.itemDone(target, kind, result);
    }

    @Override
    public void targetDone(TargetReport report) {
        synchronized (this) {
            finished.add(report);
            started = null;
            current.clear();
        }
        listener.targetDone(report);
    }

    @Override
    public void warning(String message) {
        listener.warning(message);
    }

    /**
     * The targets finished so far, then the one under way with the secrets and variables it finished; targets not
     * begun are left out. The target under way is reported {@link TargetOutcome#EXISTING}: whether it was created is
     * only told when it is done.
     */
    public synchronized SyncReport soFar(boolean dryRun) {
        List<TargetReport> targets = new ArrayList<>(finished);
        if (started != null) {
            targets.add(new TargetReport(started, TargetOutcome.EXISTING, null,
                    current.getOrDefault(ValueKind.SECRET, List.of()),
                    current.getOrDefault(ValueKind.VARIABLE, List.of())));
        }
        return new SyncReport(dryRun, List.of(), targets);
    }
}
