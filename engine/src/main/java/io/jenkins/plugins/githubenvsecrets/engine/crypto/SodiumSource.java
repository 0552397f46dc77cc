package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where libsodium comes from: the copy that lazysodium bundles for this platform, copied once into a folder the caller
 * owns, or the operating system's own library, found by the usual library search.
 */
public final class SodiumSource {
    private static final SodiumSource SYSTEM = new SodiumSource(null);

    private final Path folder; // null: the system's library

    private SodiumSource(Path folder) {
        this.folder = folder;
    }

    /**
     * The bundled library for this platform, copied into {@code folder} (a subfolder per platform) unless an identical
     * copy is there, and loaded by that absolute path: never a library of the system, and no temporary folder.
     */
    public static SodiumSource bundledCopyIn(Path folder) {
        return new SodiumSource(Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize());
    }

    /** The library the operating system offers as {@code sodium} (libsodium.so, libsodium.dylib, sodium.dll). */
    public static SodiumSource system() {
        return SYSTEM;
    }

    /** The folder of the bundled copy; empty for the system's library. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    public boolean isSystem() {
        return folder == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SodiumSource other && Objects.equals(folder, other.folder);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(folder);
    }

    @Override
    public String toString() {
        return folder == null ? "the system's libsodium" : "the bundled libsodium, copied to " + folder;
    }
}
