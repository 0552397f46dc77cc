package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import com.goterl.lazysodium.SodiumJava;
import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The libsodium builds that lazysodium-java 5.1.4 carries in its jar, one per platform, and copying the one for this
 * platform out of the jar. The resource is read with {@code getResourceAsStream}, which works from any class loader
 * and any path; lazysodium's own loader opens the jar by its URL's escaped path instead, which fails for a path with
 * a space or a non-ASCII character, and unpacks the whole jar into a new temporary folder on each start.
 */
final class BundledSodium {
    /**
     * JNA's platform names ({@code Platform.RESOURCE_PREFIX}) and the build for each. The Linux builds need glibc;
     * there is none for musl (Alpine), Windows on ARM or other systems.
     */
    static final Map<String, String> RESOURCES = Map.of(
            "linux-x86-64", "linux64/libsodium.so",
            "linux-aarch64", "arm64/libsodium.so",
            "linux-x86", "linux/libsodium.so",
            "linux-arm", "armv6/libsodium.so",
            "darwin-x86-64", "mac/intel/libsodium.dylib",
            "darwin-aarch64", "mac/aarch64/libsodium.dylib",
            "win32-x86-64", "windows64/libsodium.dll",
            "win32-x86", "windows/libsodium.dll");

    private BundledSodium() {
    }

    /** This JVM's platform as JNA names it, such as {@code linux-x86-64}. */
    static String platform() {
        return Platform.RESOURCE_PREFIX;
    }

    /** A platform for people: a Linux one on musl says so, as the bundled glibc builds do not fit it. */
    static String describe(String platform) {
        return platform.startsWith("linux-") && isMusl() ? platform + " (musl libc)" : platform;
    }

    /** The resource in lazysodium's jar for {@code platform}, if it carries one. */
    static Optional<String> resourceFor(String platform) {
        return Optional.ofNullable(RESOURCES.get(platform));
    }

    /**
     * Copies {@code resource} to {@code folder/platform/<file name>}, unless an identical copy is there.
     *
     * @return the copy's absolute path
     */
    static Path copy(String resource, String platform, Path folder) throws IOException {
        byte[] library;
        try (InputStream in = SodiumJava.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException("lazysodium's jar holds no " + resource);
            }
            library = in.readAllBytes();
        }
        Path target = folder.resolve(platform).resolve(resource.substring(resource.lastIndexOf('/') + 1))
                .toAbsolutePath();
        VerifiedCopy.ensure(library, target);
        return target;
    }

    /** Whether this process runs on musl: its dynamic loader is then ld-musl, mapped into every process. */
    private static boolean isMusl() {
        try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
            return maps.anyMatch(line -> line.contains("/ld-musl-"));
        } catch (IOException | RuntimeException e) {
            return false; // only a name in a message depends on it
        }
    }
}
