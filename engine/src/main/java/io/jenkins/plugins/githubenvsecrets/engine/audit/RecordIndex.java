package io.jenkins.plugins.githubenvsecrets.engine.audit;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every recorded secret and variable as rows sorted by server, repository (or organization), environment, record set
 * (its key names scope, application and kind) and name, with the rows each job owns, and the record sets that name
 * each job, looked up in constant time: a job's page asks on every view. Immutable, so any number of threads read it
 * without a lock; {@link #with} gives the index after one record set changed, sharing
 * all the rest with this one.
 */
public final class RecordIndex {
    public static final RecordIndex EMPTY = new RecordIndex(Shards.empty(), Shards.empty(), Shards.empty(), 0);

    private static final Comparator<SetRows> ORDER = Comparator.comparing(SetRows::server)
            .thenComparing(SetRows::repositoryKey).thenComparing(SetRows::environmentKey)
            .thenComparing(set -> set.scope().key());

    /** Each record set's rows, by the set's key. */
    private final Shards<SetRows> sets;
    /** For each name a job may have, the keys of the sets holding a row that job owns. */
    private final Shards<Set<String>> owning;
    /** For each name a job may have, the keys of the sets whose records name it: as owner, claimant or writer. */
    private final Shards<Set<String>> naming;
    private final int size;
    /** Every row in order, made on first use: after each save only the audit page pays for it, not the save. */
    private volatile List<RecordRow> rows;

    private RecordIndex(Shards<SetRows> sets, Shards<Set<String>> owning, Shards<Set<String>> naming, int size) {
        this.sets = sets;
        this.owning = owning;
        this.naming = naming;
        this.size = size;
    }

    public static RecordIndex of(Collection<RecordedSecret> records) {
        Map<String, RecordScope> scopes = new HashMap<>();
        Map<String, Map<SecretName, SecretRecord>> grouped = new HashMap<>();
        for (RecordedSecret recorded : records) {
            String key = recorded.scope().key();
            scopes.putIfAbsent(key, recorded.scope());
            grouped.computeIfAbsent(key, k -> new HashMap<>()).put(recorded.name(), recorded.record());
        }
        Map<String, SetRows> sets = new HashMap<>();
        Map<String, Set<String>> owning = new HashMap<>();
        Map<String, Set<String>> naming = new HashMap<>();
        int size = 0;
        for (Map.Entry<String, Map<SecretName, SecretRecord>> set : grouped.entrySet()) {
            SetRows rows = SetRows.of(scopes.get(set.getKey()), set.getValue());
            sets.put(set.getKey(), rows);
            rows.owners().forEach(job -> owning.computeIfAbsent(job, j -> new HashSet<>()).add(set.getKey()));
            rows.named().forEach(job -> naming.computeIfAbsent(job, j -> new HashSet<>()).add(set.getKey()));
            size += rows.rows().size();
        }
        return new RecordIndex(Shards.of(sets), Shards.of(frozen(owning)), Shards.of(frozen(naming)), size);
    }

    /** The index after the record set of {@code scope} came to hold {@code records} (none: it was removed). */
    public RecordIndex with(RecordScope scope, Map<SecretName, SecretRecord> records) {
        String key = scope.key();
        SetRows before = sets.get(key);
        SetRows after = records.isEmpty() ? null : SetRows.of(scope, records);
        SetRows none = SetRows.NONE;
        return new RecordIndex(sets.with(key, after),
                moved(owning, key, (before == null ? none : before).owners(), (after == null ? none : after).owners()),
                moved(naming, key, (before == null ? none : before).named(), (after == null ? none : after).named()),
                size - (before == null ? none : before).rows().size() + (after == null ? none : after).rows().size());
    }

    /** Every row, in order. */
    public List<RecordRow> rows() {
        List<RecordRow> all = rows;
        if (all == null) {
            List<SetRows> ordered = new ArrayList<>();
            sets.forEachValue(ordered::add);
            ordered.sort(ORDER);
            all = ordered.stream().flatMap(set -> set.rows().stream()).toList();
            rows = all;
        }
        return all;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The rows {@code filter} matches, in order. */
    public List<RecordRow> filter(RecordFilter filter) {
        return filter.isEmpty() ? rows() : rows().stream().filter(filter::matches).toList();
    }

    /** The rows of the secrets the job with this full name owns, in order; empty when it owns none. */
    public List<RecordRow> ownedBy(String jobFullName) {
        return setsOf(owning, jobFullName).flatMap(set -> set.rows().stream())
                .filter(row -> row.ownedBy(jobFullName)).toList();
    }

    /** Whether the job with this full name owns any secret: asked for every job view, so answered by one lookup. */
    public boolean owns(String jobFullName) {
        return owning.get(jobFullName) != null;
    }

    /**
     * The record sets whose records name the job with this full name, as an owner or claimant (by its name or a sync
     * identity {@code <full name>/<suffix>}) or as the writer: the only sets a renamed or deleted job changes.
     */
    public Set<RecordScope> scopesNaming(String jobFullName) {
        return setsOf(naming, jobFullName).map(SetRows::scope).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public String toString() {
        return "RecordIndex of " + size + " recorded secrets and variables";
    }

    private Stream<SetRows> setsOf(Shards<Set<String>> byJob, String jobFullName) {
        Set<String> keys = byJob.get(jobFullName);
        return keys == null ? Stream.empty() : keys.stream().map(sets::get).filter(Objects::nonNull).sorted(ORDER);
    }

    /** {@code byJob} after set {@code key} stopped naming the jobs {@code before} and started naming {@code after}. */
    private static Shards<Set<String>> moved(Shards<Set<String>> byJob, String key, Set<String> before,
            Set<String> after) {
        Shards<Set<String>> moved = byJob;
        for (String job : before) {
            if (!after.contains(job)) {
                Set<String> keys = new HashSet<>(Objects.requireNonNullElse(moved.get(job), Set.of()));
                keys.remove(key);
                moved = moved.with(job, keys.isEmpty() ? null : Set.copyOf(keys));
            }
        }
        for (String job : after) {
            if (!before.contains(job)) {
                Set<String> keys = new HashSet<>(Objects.requireNonNullElse(moved.get(job), Set.of()));
                keys.add(key);
                moved = moved.with(job, Set.copyOf(keys));
            }
        }
        return moved;
    }

    private static Map<String, Set<String>> frozen(Map<String, Set<String>> byJob) {
        return byJob.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /**
     * One record set as rows sorted by secret, with what sorts the set among the others, and the names of the jobs it
     * concerns: {@code owners} those that may own one of its rows, {@code named} those its records name at all.
     */
    private record SetRows(RecordScope scope, List<RecordRow> rows, String server, String repositoryKey,
            String environmentKey, Set<String> owners, Set<String> named) {
        /** No set: what a set was before it was first saved, and is after it was removed. */
        static final SetRows NONE = new SetRows(null, List.of(), "", "", "", Set.of(), Set.of());

        static SetRows of(RecordScope scope, Map<SecretName, SecretRecord> records) {
            Map<SecretName, SecretRecord> sorted = new LinkedHashMap<>();
            records.keySet().stream().sorted(Comparator.comparing(SecretName::value))
                    .forEach(name -> sorted.put(name, records.get(name)));
            List<RecordRow> rows = sorted.entrySet().stream()
                    .map(entry -> RecordRow.of(scope, entry.getKey(), entry.getValue())).toList();
            Set<String> owners = new HashSet<>();
            Set<String> claimants = new HashSet<>();
            Set<String> writers = new HashSet<>();
            for (SecretRecord record : records.values()) {
                owners.addAll(record.owners());
                claimants.addAll(record.claimants());
                if (record.writtenBy() != null && !record.writtenBy().jobDeleted()) {
                    writers.add(record.writtenBy().job());
                }
            }
            Set<String> owning = jobsNamedBy(owners);
            Set<String> named = new HashSet<>(owning);
            named.addAll(jobsNamedBy(claimants));
            named.addAll(writers);
            RecordRow first = rows.get(0);
            return new SetRows(scope, rows, first.server(),
                    first.repositoryOrOrganization().toLowerCase(Locale.ROOT),
                    first.environment().toLowerCase(Locale.ROOT), owning, Set.copyOf(named));
        }

        /** Every name a job may have that owns or claims through one of these identities. */
        private static Set<String> jobsNamedBy(Set<String> identities) {
            return identities.stream().flatMap(identity -> RecordRow.jobsNamedBy(identity).stream())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
