package io.jenkins.plugins.githubenvsecrets.engine.audit;

import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every recorded secret as an immutable list of rows sorted by server, repository, environment and secret, with the
 * rows each job owns looked up in constant time: a job's page asks on every view. Built once per change of the
 * store, read by any number of threads.
 */
public final class RecordIndex {
    public static final RecordIndex EMPTY = new RecordIndex(List.of());

    private static final Comparator<RecordRow> ORDER = Comparator.comparing(RecordRow::server)
            .thenComparing(row -> row.repository().toLowerCase(Locale.ROOT))
            .thenComparing(row -> row.environment().toLowerCase(Locale.ROOT))
            .thenComparing(RecordRow::secret);

    private final List<RecordRow> rows;
    private final Map<String, List<RecordRow>> byOwnerJob;

    private RecordIndex(List<RecordRow> rows) {
        this.rows = rows;
        Map<String, List<RecordRow>> owned = new HashMap<>();
        for (RecordRow row : rows) {
            // Under each name an owner may belong to, once even when two owners share one: exactly the rows
            // RecordRow.ownedBy accepts for that key.
            row.owners().stream().flatMap(owner -> RecordRow.jobsNamedBy(owner).stream()).distinct()
                    .forEach(job -> owned.computeIfAbsent(job, key -> new ArrayList<>()).add(row));
        }
        owned.replaceAll((job, list) -> List.copyOf(list));
        this.byOwnerJob = Map.copyOf(owned);
    }

    public static RecordIndex of(Collection<RecordedSecret> records) {
        return new RecordIndex(records.stream().map(RecordRow::of).sorted(ORDER).toList());
    }

    /** Every row, in order. */
    public List<RecordRow> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows {@code filter} matches, in order. */
    public List<RecordRow> filter(RecordFilter filter) {
        return filter.isEmpty() ? rows : rows.stream().filter(filter::matches).toList();
    }

    /** The rows of the secrets the job with this full name owns, in order; empty when it owns none. */
    public List<RecordRow> ownedBy(String jobFullName) {
        return byOwnerJob.getOrDefault(jobFullName, List.of());
    }

    @Override
    public String toString() {
        return "RecordIndex of " + rows.size() + " recorded secrets";
    }
}
