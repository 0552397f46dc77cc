package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Puts given bytes into a file unless the file already holds exactly them (same SHA-256). A file that differs, from
 * another version or damaged, is replaced as a whole: the bytes go to a temporary file in the same folder, which is
 * then renamed over it, so a reader never sees half a file.
 */
final class VerifiedCopy {
    private VerifiedCopy() {
    }

    /**
     * @return true if the file was written, false if it already held {@code content}
     */
    static boolean ensure(byte[] content, Path target) throws IOException {
        if (Files.isRegularFile(target) && MessageDigest.isEqual(sha256(Files.readAllBytes(target)), sha256(content))) {
            return false;
        }
        // An absolute path to a file has a folder.
        Path folder = Files.createDirectories(Objects.requireNonNull(target.toAbsolutePath().getParent(), "folder"));
        Path temporary = Files.createTempFile(folder, target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
