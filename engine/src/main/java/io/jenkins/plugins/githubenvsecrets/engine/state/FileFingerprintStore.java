package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordFormat.StoredSet;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordFormat.UnreadableException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Records in one small file per record set under a folder of their own
 * ({@code $JENKINS_HOME/github-environment-secrets} in Jenkins), laid out as {@link RecordFiles} says and written in
 * the format {@link RecordFormat} describes, each replaced atomically. A sync reads and writes only the files of its
 * own sets, so its cost does not grow with the number of records this Jenkins holds.
 *
 * <p>Each set has a lock of its own, shared by every instance of this class on the same folder; a read never waits
 * for it. A file that cannot be read (an I/O error, not JSON, another format, a later version, or the records of
 * another set) affects only its own set: it is reported naming the set, left as it is, and never overwritten, so its
 * set's secrets are written as if nothing were recorded, none is pruned as a sync's own, and nothing is recorded for it
 * until the file is repaired or removed. A file that cannot be written only warns: losing a record costs a rewrite.
 *
 * <p>A later version adds optional fields to a record, or to a set, without a new format version: this one keeps the
 * fields it does not know as they are when it saves the set, and drops a record's only with a new write of that
 * secret (see {@link RecordFormat}); variables, which have no fingerprint, are records without one.
 *
 * <p>On first use the file of versions 1 and 2 ({@code fingerprints.json}, see {@link LegacyFile}) is carried over,
 * one file per environment, and kept as {@code fingerprints.json.migrated}; see {@link LegacyMigration}.
 */
public final class FileFingerprintStore implements FingerprintStore {
    private static final ConcurrentHashMap<Path, Shared> SHARED = new ConcurrentHashMap<>();

    private final Shared shared;
    private final Consumer<StoreWarning> warnings;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /**
     * @param folder where the records are kept; instances on the same folder share their locks and listeners
     * @param warnings told, once per instance and in a sentence naming the set and then the file (never a value or a
     *     fingerprint), of each file that cannot be read or written
     */
    public FileFingerprintStore(Path folder, Consumer<String> warnings) {
        this(withFiles(warnings), folder);
    }

    private FileFingerprintStore(Consumer<StoreWarning> warnings, Path folder) {
        this.shared = SHARED.computeIfAbsent(folder.toAbsolutePath().normalize(), Shared::new);
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    private static Consumer<StoreWarning> withFiles(Consumer<String> warnings) {
        Objects.requireNonNull(warnings, "warnings");
        return warning -> warnings.accept(warning.withFile());
    }

    /**
     * A store that tells each warning with its file apart ({@link StoreWarning}), once per instance, so that a caller
     * can keep the file out of what others read.
     */
    public static FileFingerprintStore withWarnings(Path folder, Consumer<StoreWarning> warnings) {
        return new FileFingerprintStore(warnings, folder);
    }

    @Override
    public Map<SecretName, SecretRecord> load(RecordScope scope) {
        shared.migrate(this::warn);
        return read(scope).records();
    }

    @Override
    public Map<SecretName, SecretRecord> update(RecordScope scope,
            UnaryOperator<Map<SecretName, SecretRecord>> change) throws InterruptedException {
        shared.migrate(this::warn);
        return shared.locks.locked(scope, () -> {
            Loaded current = read(scope);
            Map<SecretName, SecretRecord> next = Map.copyOf(change.apply(current.records()));
            if (current.readable() && !next.equals(current.records())) {
                save(scope, current, next);
            }
            return next;
        });
    }

    @Override
    public <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException {
        shared.migrate(this::warn);
        return shared.locks.locked(scope, () -> {
            Loaded current = read(scope);
            if (!current.readable()) {
                // A decision on records that could not be read would be taken on none: refuse it instead.
                throw new RecordUnreadableException("the records of the " + scope.describe() + " could not be read ("
                        + current.problem() + ")");
            }
            return action.run(current.records());
        });
    }

    @Override
    public <T> T ordered(RecordScope scope, OrderedAction<T> action) throws InterruptedException {
        shared.migrate(this::warn);
        return shared.locks.locked(scope, action);
    }

    /** Reads every file, without any lock: each is replaced whole, so a read sees one version or the next. */
    @Override
    public List<RecordedSecret> all() {
        shared.migrate(this::warn);
        List<RecordedSecret> all = new ArrayList<>();
        List<Path> files;
        try {
            files = shared.files.all();
        } catch (IOException e) {
            warn("Cannot list the records (" + e.getClass().getSimpleName() + ")", shared.files.root());
            return all;
        }
        for (Path file : files) {
            try {
                Optional<byte[]> content = shared.files.read(file);
                if (content.isEmpty()) {
                    continue; // removed since the folder was listed
                }
                StoredSet set = RecordFormat.decode(content.get());
                if (!shared.files.pathOf(set.scope()).equals(file)) {
                    throw new UnreadableException("it holds the records of the " + set.scope().describe()
                            + ", which belong elsewhere");
                }
                set.records().forEach((name, record) -> all.add(new RecordedSecret(set.scope(), name, record)));
            } catch (IOException | UnreadableException e) {
                warn("Cannot read a file of records (" + reason(e) + "): the file is left as it is and not listed",
                        file);
            }
        }
        return all;
    }

    @Override
    public void addListener(RecordListener listener) {
        shared.listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The folder the records are kept in. */
    public Path folder() {
        return shared.folder;
    }

    RecordFiles files() {
        return shared.files;
    }

    private Loaded read(RecordScope scope) {
        Path file = shared.files.pathOf(scope);
        try {
            Optional<byte[]> content = shared.files.read(file);
            if (content.isEmpty()) {
                return Loaded.NONE;
            }
            StoredSet set = RecordFormat.decode(content.get());
            if (!set.scope().equals(scope)) {
                throw new UnreadableException("it holds the records of the " + set.scope().describe());
            }
            return new Loaded(set.records(), set.laterFields(), null);
        } catch (IOException | UnreadableException e) {
            String problem = reason(e);
            warn("Cannot read the records of the " + scope.describe() + " (" + problem + "): the file is left as it"
                    + " is, and until it is repaired or removed these secrets are written as if nothing were recorded,"
                    + " none is pruned as a sync's own, and nothing is recorded for them", file);
            return new Loaded(Map.of(), Map.of(), problem);
        }
    }

    private void save(RecordScope scope, Loaded current, Map<SecretName, SecretRecord> next) {
        Path file = shared.files.pathOf(scope);
        try {
            if (next.isEmpty()) {
                shared.files.delete(file);
            } else {
                shared.files.write(file, RecordFormat.encode(new StoredSet(scope, next, current.laterFields())), true);
            }
        } catch (IOException e) {
            warn("Cannot save the records of the " + scope.describe() + " (" + e.getClass().getSimpleName()
                    + "); the next sync will write these secrets again", file);
            return;
        }
        for (RecordListener listener : shared.listeners) {
            try {
                listener.saved(scope, next);
            } catch (RuntimeException e) {
                warn("A listener of the records failed on the " + scope.describe() + " ("
                        + e.getClass().getName() + ")", null);
            }
        }
    }

    private void warn(String message, Path file) {
        warn(new StoreWarning(message, file));
    }

    private void warn(StoreWarning warning) {
        if (warned.add(warning.withFile())) {
            warnings.accept(warning);
        }
    }

    /** In words of our own: an exception's message may quote the file. */
    private static String reason(Exception e) {
        return e instanceof UnreadableException ? e.getMessage()
                : "cannot be read: " + e.getClass().getSimpleName();
    }

    /** A set's records as read: none when there is no file; none, with the problem, when it cannot be read. */
    private record Loaded(Map<SecretName, SecretRecord> records, Map<String, String> laterFields, String problem) {
        static final Loaded NONE = new Loaded(Map.of(), Map.of(), null);

        boolean readable() {
            return problem == null;
        }
    }

    /** What every instance on one folder shares: its files, its locks, its listeners, and the migration. */
    private static final class Shared {
        final Path folder;
        final RecordFiles files;
        final ScopeLocks locks = new ScopeLocks();
        final List<RecordListener> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean migrated;

        Shared(Path folder) {
            this.folder = folder;
            this.files = new RecordFiles(folder);
        }

        /** Carries the file of versions 1 and 2 over once, before anything else is read or written. */
        void migrate(Consumer<StoreWarning> warnings) {
            if (!migrated) {
                synchronized (this) {
                    if (!migrated) {
                        LegacyMigration.run(folder, files, warnings);
                        migrated = true;
                    }
                }
            }
        }
    }
}
