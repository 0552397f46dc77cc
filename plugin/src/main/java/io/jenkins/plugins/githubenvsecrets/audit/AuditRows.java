package io.jenkins.plugins.githubenvsecrets.audit;

import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordRow;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RowPage;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What one view of an audit page shows: the first {@link #MOST} rows of its selection, and how many the selection
 * holds. Only the rows shown are turned into entries, whose job links each look a job up.
 */
@Restricted(NoExternalUse.class) // for Jelly
public final class AuditRows {
    /** The most rows one view shows; a narrower filter shows the others. */
    static final int MOST = 1_000;

    private final List<AuditEntry> entries;
    private final int matching;

    private AuditRows(List<AuditEntry> entries, int matching) {
        this.entries = entries;
        this.matching = matching;
    }

    static AuditRows first(List<RecordRow> selected) {
        RowPage<RecordRow> page = RowPage.first(selected, MOST);
        return new AuditRows(AuditEntry.of(page.shown()), page.matching());
    }

    /** The rows shown, in the audit's order. */
    public List<AuditEntry> getEntries() {
        return entries;
    }

    /** How many rows the selection holds, those shown included. */
    public int getMatching() {
        return matching;
    }

    /** Whether the selection holds rows this view does not show. */
    public boolean isCut() {
        return matching > entries.size();
    }
}
