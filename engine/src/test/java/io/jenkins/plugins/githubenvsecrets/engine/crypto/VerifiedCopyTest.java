package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedCopyTest {
    private static final byte[] VERSION_1 = "library, version 1".getBytes(UTF_8);
    private static final byte[] VERSION_2 = "library, version 2".getBytes(UTF_8);

    @TempDir
    Path folder;

    @Test
    void shouldCreateTheFileAndItsFolders() throws Exception {
        Path target = folder.resolve("libsodium/linux-x86-64/libsodium.so");

        assertThat(VerifiedCopy.ensure(VERSION_1, target)).isTrue();

        assertThat(target).hasBinaryContent(VERSION_1);
        assertThat(target.getParent()).isDirectoryNotContaining(path -> !path.equals(target));
    }

    @Test
    void shouldLeaveAnIdenticalCopyAlone() throws Exception {
        Path target = folder.resolve("libsodium.so");
        Files.write(target, VERSION_1);
        FileTime long_ago = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(target, long_ago);

        assertThat(VerifiedCopy.ensure(VERSION_1, target)).isFalse();

        assertThat(Files.getLastModifiedTime(target)).isEqualTo(long_ago);
        assertThat(target).hasBinaryContent(VERSION_1);
    }

    /**
     * Another version, or a damaged file, is replaced by a new file renamed over it, never rewritten in place: a link
     * to the old file still reads the old bytes, and no temporary file is left.
     */
    @Test
    void shouldReplaceADifferentFileAsAWhole() throws Exception {
        Path target = folder.resolve("libsodium.so");
        Files.write(target, VERSION_1);
        Path oldFile = Files.createLink(folder.resolve("old-link"), target);

        assertThat(VerifiedCopy.ensure(VERSION_2, target)).isTrue();

        assertThat(target).hasBinaryContent(VERSION_2);
        assertThat(oldFile).hasBinaryContent(VERSION_1);
        assertThat(folder).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void shouldReplaceATruncatedCopy() throws Exception {
        Path target = folder.resolve("libsodium.so");
        Files.write(target, "library, ver".getBytes(UTF_8));

        assertThat(VerifiedCopy.ensure(VERSION_1, target)).isTrue();

        assertThat(target).hasBinaryContent(VERSION_1);
    }
}
