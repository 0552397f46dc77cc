package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.RunAction2;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the build's syncs did, kept with the build and shown on its page: one {@link SyncRecord} per sync, so a build
 * that publishes to several repositories or in several steps lists each.
 */
@Restricted(NoExternalUse.class)
public final class SecretSyncAction implements RunAction2 {
    private final List<SyncRecord> syncs = new ArrayList<>();
    private transient Run<?, ?> run;

    /** Adds the record to the run's action, creating the action with the first sync. */
    static void record(Run<?, ?> run, SyncRecord sync) {
        // Parallel branches of one pipeline may finish syncs at the same time.
        synchronized (SecretSyncAction.class) {
            SecretSyncAction action = run.getAction(SecretSyncAction.class);
            if (action == null) {
                action = new SecretSyncAction();
                action.add(sync);
                run.addAction(action);
            } else {
                action.add(sync);
            }
        }
    }

    private synchronized void add(SyncRecord sync) {
        syncs.add(sync);
    }

    public synchronized List<SyncRecord> getSyncs() {
        return List.copyOf(syncs);
    }

    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    /** No page of its own: the build's page shows the summary. */
    @CheckForNull
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.SecretSyncAction_DisplayName();
    }

    @CheckForNull
    @Override
    public String getUrlName() {
        return null;
    }
}
