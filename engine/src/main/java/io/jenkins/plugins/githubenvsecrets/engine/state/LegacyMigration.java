package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.state.RecordFormat.UnreadableException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Carries the one file of versions 1 and 2 over into one file per environment, on the store's first use, so that
 * nothing recorded is lost. A set that already has a file of its own keeps it: it was written since, or by a
 * migration cut short. The old file is kept, renamed {@code fingerprints.json.migrated}, once every environment it
 * holds has a file; an environment that cannot be read is reported, naming it, and stays in the old file only. A
 * file that cannot be read at all is reported and left as it is, and so is one that could not be carried over whole
 * (tried again when Jenkins starts next).
 */
final class LegacyMigration {
    static final String MIGRATED_SUFFIX = ".migrated";

    private LegacyMigration() {
    }

    static void run(Path folder, RecordFiles files, Consumer<StoreWarning> warnings) {
        Path legacy = folder.resolve(LegacyFile.NAME);
        List<LegacyFile.Entry> entries;
        try {
            entries = LegacyFile.entries(Files.readAllBytes(legacy));
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            warnings.accept(new StoreWarning("Cannot read the record of earlier syncs (" + legacy.getFileName()
                    + ") to carry it over (" + e.getClass().getSimpleName() + "): it is left as it is and tried again"
                    + " when Jenkins starts next; meanwhile its secrets are written as if nothing were recorded",
                    legacy));
            return;
        } catch (UnreadableException e) {
            warnings.accept(new StoreWarning("Cannot read the record of earlier syncs (" + legacy.getFileName() + ": "
                    + e.getMessage() + "): it is left as it is and its records are not carried over", legacy));
            return;
        }
        Path migrated = migratedName(legacy);
        Set<Path> written = new LinkedHashSet<>();
        try {
            for (LegacyFile.Entry entry : entries) {
                if (entry.set() == null) {
                    warnings.accept(new StoreWarning("Cannot read the records of '" + entry.key() + "' in "
                            + legacy.getFileName() + " (" + entry.problem() + "): they are not carried over, and stay"
                            + " in " + migrated.getFileName(), legacy));
                    continue;
                }
                Path file = files.pathOf(entry.set().scope());
                if (!entry.set().records().isEmpty() && !Files.exists(file)) {
                    files.write(file, RecordFormat.encode(entry.set()), false);
                    written.add(file.getParent());
                }
            }
            for (Path parent : written) {
                RecordFiles.forceFolder(parent);
            }
            try {
                Files.move(legacy, migrated, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(legacy, migrated);
            }
            RecordFiles.forceFolder(folder);
        } catch (IOException e) {
            warnings.accept(new StoreWarning("Cannot carry the record of earlier syncs (" + legacy.getFileName()
                    + ") over whole (" + e.getClass().getSimpleName() + "): it is left as it is and tried again when"
                    + " Jenkins starts next", legacy));
        }
    }

    /** {@code fingerprints.json.migrated}, or with a number when an earlier migration left that name taken. */
    private static Path migratedName(Path legacy) {
        Path migrated = legacy.resolveSibling(legacy.getFileName() + MIGRATED_SUFFIX);
        for (int n = 2; Files.exists(migrated); n++) {
            migrated = legacy.resolveSibling(legacy.getFileName() + MIGRATED_SUFFIX + "-" + n);
        }
        return migrated;
    }
}
