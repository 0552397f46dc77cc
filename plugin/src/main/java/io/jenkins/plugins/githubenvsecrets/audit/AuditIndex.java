package io.jenkins.plugins.githubenvsecrets.audit;

import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordIndex;
import io.jenkins.plugins.githubenvsecrets.records.SyncMemories;

/**
 * The index of every recorded secret, shared by the audit pages and every job's page: read from the record files once
 * per start, then kept up to date as syncs save, and read without a lock. A page view, and deciding whether a job has
 * a page of secrets, never touches a file.
 */
final class AuditIndex {
    private AuditIndex() {
    }

    /** The index as the records stand now. */
    static RecordIndex current() {
        return SyncMemories.index().current();
    }
}
