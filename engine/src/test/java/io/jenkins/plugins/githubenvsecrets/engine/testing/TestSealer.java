package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SodiumSource;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SodiumUnavailableException;
import java.nio.file.Path;

/**
 * The sealer of the engine's tests: the bundled libsodium, copied into the build folder as a plugin copies it into the
 * Jenkins home, so tests take the path of a stock installation whether or not the machine has a libsodium of its own.
 */
public final class TestSealer {
    /** One folder for the whole test run: the first sealer loaded decides for the JVM anyway. */
    private static final Path FOLDER = Path.of("target", "libsodium").toAbsolutePath();

    private TestSealer() {
    }

    public static SecretSealer get() {
        try {
            return SecretSealer.using(SodiumSource.bundledCopyIn(FOLDER));
        } catch (SodiumUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
