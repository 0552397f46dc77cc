package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.interfaces.Box;
import com.goterl.lazysodium.utils.LibraryLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The one libsodium of this JVM, loaded at first use from the source asked for. A native library stays loaded until
 * the JVM ends, so later requests get the same library whatever source they name. A failure is not kept: the next
 * request tries again, so installing a library takes no restart.
 */
final class NativeSodium {
    private static final int MAX_REASON = 400;

    private static Box.Native loaded; // guarded by NativeSodium.class

    private NativeSodium() {
    }

    static synchronized Box.Native load(SodiumSource source) throws SodiumUnavailableException {
        if (loaded == null) {
            loaded = new LazySodiumJava(open(source, platform()));
        }
        return loaded;
    }

    /** Loads libsodium from {@code source} for {@code platform}, as JNA names it, without keeping it. */
    static SodiumJava open(SodiumSource source, String platform) throws SodiumUnavailableException {
        if (source.isSystem()) {
            try {
                // JNA's search for "sodium": the system's library paths, never a copy out of a jar.
                return new SodiumJava(LibraryLoader.Mode.SYSTEM_ONLY);
            } catch (LinkageError | RuntimeException e) {
                throw new SodiumUnavailableException("The system's libsodium could not be loaded on "
                        + BundledSodium.describe(platform) + ": " + reason(e), e);
            }
        }
        Path folder = source.folder().orElseThrow();
        String resource = BundledSodium.resourceFor(platform).orElseThrow(() -> new SodiumUnavailableException(
                "No libsodium is bundled for " + BundledSodium.describe(platform) + "; it is bundled for "
                        + String.join(", ", new TreeSet<>(BundledSodium.RESOURCES.keySet())) + " (Linux with glibc)",
                null));
        Path copy;
        try {
            copy = BundledSodium.copy(resource, platform, folder);
        } catch (IOException | RuntimeException e) {
            throw new SodiumUnavailableException("The bundled libsodium for " + platform + " could not be copied to "
                    + folder + ": " + reason(e), e);
        }
        try {
            // By absolute path: JNA opens exactly this file, and does not fall back to a library of the system.
            return new SodiumJava(copy.toString());
        } catch (LinkageError | RuntimeException e) {
            throw new SodiumUnavailableException("The bundled libsodium for " + BundledSodium.describe(platform)
                    + ", copied to " + copy + ", could not be loaded: " + reason(e), e);
        }
    }

    private static String platform() throws SodiumUnavailableException {
        try {
            return BundledSodium.platform();
        } catch (LinkageError e) {
            throw new SodiumUnavailableException("libsodium cannot be loaded: JNA, which loads it, is not usable ("
                    + reason(e) + ")", e);
        }
    }

    /** The first lines of a loader's message: JNA appends every path it tried, and the class path. */
    private static String reason(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        String[] lines = message.split("\\R", 3);
        String shown = lines.length > 1 ? lines[0] + " " + lines[1].strip() : lines[0];
        if (shown.length() > MAX_REASON) {
            shown = shown.substring(0, MAX_REASON) + "...";
        }
        return e.getClass().getSimpleName() + ": " + shown;
    }
}
