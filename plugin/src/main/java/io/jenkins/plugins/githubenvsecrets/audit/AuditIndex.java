package io.jenkins.plugins.githubenvsecrets.audit;

import io.jenkins.plugins.githubenvsecrets.SyncMemories;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordIndex;
import java.util.logging.Logger;

/**
 * The index of every recorded secret, shared by the audit pages and every job's page, read from the record files on
 * each view (until the index is kept up to date as syncs save).
 */
final class AuditIndex {
    private static final Logger LOGGER = Logger.getLogger(AuditIndex.class.getName());

    private AuditIndex() {
    }

    /** The index as the files hold it now. */
    static RecordIndex current() {
        return RecordIndex.of(SyncMemories.store(LOGGER::warning).all());
    }
}
