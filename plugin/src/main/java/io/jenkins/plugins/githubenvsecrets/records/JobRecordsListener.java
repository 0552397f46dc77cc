package io.jenkins.plugins.githubenvsecrets.records;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.listeners.ItemListener;
import io.jenkins.plugins.githubenvsecrets.engine.audit.IndexedRecords;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.util.Timer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Follows jobs in the record of what syncs wrote, touching only the record sets the index says name the job.
 *
 * <ul>
 *   <li>A job renamed or moved, or under a folder renamed or moved (Jenkins calls {@link #onLocationChanged} once per
 *       job below it): its sync identities and its writes follow it to the new name. What it wrote was fingerprinted
 *       under the old name, so each such secret is written once more.</li>
 *   <li>A job deleted (Jenkins calls {@link #onDeleted} once per job in a deleted folder): it owns and claims nothing
 *       any more, and the fingerprints of its writes are forgotten; the records still say what it wrote.</li>
 *   <li>A job created, or copied, under a name: whatever a job of that name left behind is released first, so the
 *       new job inherits nothing even when the old one was deleted while this plugin was not running.</li>
 * </ul>
 */
@Extension
@Restricted(NoExternalUse.class)
public final class JobRecordsListener extends ItemListener {
    private static final Logger LOGGER = Logger.getLogger(JobRecordsListener.class.getName());

    @Override
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        if (item instanceof Job) {
            follow(item, "moved from " + oldFullName, index -> index.relocateJob(oldFullName, newFullName));
        }
    }

    @Override
    public void onDeleted(Item item) {
        if (item instanceof Job) {
            follow(item, "deleted", index -> index.releaseJob(item.getFullName()));
        }
    }

    @Override
    public void onCreated(Item item) {
        if (item instanceof Job) {
            follow(item, "created", index -> index.releaseJob(item.getFullName()));
        }
    }

    /** Reads the records into the index once Jenkins has loaded its jobs, so that no page view waits for it. */
    @Override
    public void onLoaded() {
        Timer.get().submit(() -> {
            try {
                SyncMemories.index().current();
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "Could not read the record of GitHub secrets; the audit pages read it"
                        + " when first asked", e);
            }
        });
    }

    private static void follow(Item item, String what, JobChange change) {
        try {
            change.apply(SyncMemories.index());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOGGER.log(Level.WARNING, "Interrupted while following job {0} ({1}) in the record of GitHub secrets: "
                    + "{2}", new Object[] {item.getFullName(), what, e.getMessage()});
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not follow job " + item.getFullName() + " (" + what + ") in the record"
                    + " of GitHub secrets", e);
        }
    }

    @FunctionalInterface
    private interface JobChange {
        void apply(IndexedRecords index) throws InterruptedException;
    }
}
