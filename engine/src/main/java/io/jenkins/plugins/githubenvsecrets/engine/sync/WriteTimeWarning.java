package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.WriteReceipt;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Says once per sync that GitHub answered a write with a {@code Date} too far from its clock to be trusted, so the
 * write was timed by that clock instead: a broken clock on GitHub's side, or on the way, is worth knowing of.
 */
final class WriteTimeWarning {
    private final SyncListener listener;
    private final AtomicBoolean warned = new AtomicBoolean();

    WriteTimeWarning(SyncListener listener) {
        this.listener = listener;
    }

    void check(Target target, ValueKind kind, SecretName name, WriteReceipt receipt) {
        receipt.distrustedDateIfAny().filter(date -> warned.compareAndSet(false, true)).ifPresent(date ->
                listener.warning("GitHub answered the write of " + kind.noun() + " " + name + " in "
                        + target.describe() + " with the time " + date + ", more than "
                        + WriteReceipt.SANE_BOUND.toMinutes() + " minutes from GitHub's clock as its other answers"
                        + " showed it; this write, and any other such write of this sync, is recorded at that"
                        + " clock's time (" + receipt.storedAt() + ")"));
    }
}
