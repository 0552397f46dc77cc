package io.jenkins.plugins.githubenvsecrets.engine.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where each record set's file lies, as Jenkins lays out its own fingerprints: the SHA-256 of the set's key in hex,
 * {@code records/<hex[0..2]>/<hex[2..4]>/<hex[4..]>.json}, so that no folder grows large and no operation reads more
 * than its own set. Files are replaced atomically as Jenkins' {@code AtomicFileWriter} does: a temporary file in the
 * same folder, forced to disk, moved over the old one, then the folder forced too (but on Windows), so that the move
 * itself survives a crash.
 */
final class RecordFiles {
    static final String FOLDER = "records";
    private static final String SUFFIX = ".json";
    private static final boolean FORCE_FOLDERS =
            !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private final Path root;

    RecordFiles(Path folder) {
        this.root = folder.resolve(FOLDER);
    }

    Path root() {
        return root;
    }

    Path pathOf(RecordScope scope) {
        String hex = HexFormat.of().formatHex(sha256(scope.key()));
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex.substring(4) + SUFFIX);
    }

    /** The file's content; empty when there is no file. */
    Optional<byte[]> read(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces {@code file} with {@code content} atomically, forced to disk; the folder is forced too when
     * {@code forceFolder} (a caller that writes many files may force each folder once, at the end).
     */
    void write(Path file, byte[] content, boolean forceFolder) throws IOException {
        Path folder = folderOf(file);
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, String.valueOf(file.getFileName()), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        if (forceFolder) {
            forceFolder(folder);
        }
    }

    void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            forceFolder(folderOf(file));
        }
    }

    /** Every record file there is; temporary files left by a crash are not among them. */
    List<Path> all() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, 3)) {
            return walk.filter(path -> path.toString().endsWith(SUFFIX) && Files.isRegularFile(path))
                    .sorted().toList();
        }
    }

    /** Makes a rename or deletion in {@code folder} durable. */
    static void forceFolder(Path folder) throws IOException {
        if (FORCE_FOLDERS) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    /** Every record file lies in a folder of the layout: its path has a parent. */
    private static Path folderOf(Path file) {
        return Objects.requireNonNull(file.getParent(), "folder");
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
