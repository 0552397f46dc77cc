package io.jenkins.plugins.githubenvsecrets.audit;

import io.jenkins.plugins.githubenvsecrets.SyncMemories;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.logging.Logger;

/**
 * The index of every recorded secret, shared by the audit pages and every job's page. It is read from the record's
 * file only when the file changed since the last read (another path, time, size or file: each update replaces the
 * file), so a page view costs one look at the file's attributes, not a parse of thousands of records.
 */
final class AuditIndex {
    private static final Logger LOGGER = Logger.getLogger(AuditIndex.class.getName());

    private static Snapshot snapshot = new Snapshot(null, RecordIndex.EMPTY); // guarded by AuditIndex.class

    private AuditIndex() {
    }

    /** The index as the file holds it now. */
    static synchronized RecordIndex current() {
        Path file = SyncMemories.file();
        // The version is taken before the read: a change in between only costs one more read next time.
        FileVersion version = FileVersion.of(file);
        if (!version.equals(snapshot.version())) {
            snapshot = new Snapshot(version, RecordIndex.of(SyncMemories.store(LOGGER::warning).all()));
        }
        return snapshot.index();
    }

    private record Snapshot(FileVersion version, RecordIndex index) {}

    /** What tells one content of the file from the next, without reading it. */
    private record FileVersion(Path file, FileTime modified, long size, Object key) {
        static FileVersion of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileVersion(file, attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
            } catch (NoSuchFileException e) {
                return new FileVersion(file, null, -1, null);
            } catch (IOException e) {
                // Unknown: a key equal to nothing, so the file is read again and the store reports what is wrong.
                return new FileVersion(file, null, -1, new Object());
            }
        }
    }
}
