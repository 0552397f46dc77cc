package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.goterl.lazysodium.SodiumJava;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which bundled build serves which platform, and what a load that cannot succeed says. */
class NativeSodiumTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "linux-x86-64,   linux64/libsodium.so",
        "linux-aarch64,  arm64/libsodium.so",
        "linux-x86,      linux/libsodium.so",
        "linux-arm,      armv6/libsodium.so",
        "darwin-x86-64,  mac/intel/libsodium.dylib",
        "darwin-aarch64, mac/aarch64/libsodium.dylib",
        "win32-x86-64,   windows64/libsodium.dll",
        "win32-x86,      windows/libsodium.dll",
    })
    void shouldPickTheBuildThatLazysodiumsJarHoldsForEachPlatform(String platform, String resource) {
        assertThat(BundledSodium.resourceFor(platform)).contains(resource);
        assertThat(SodiumJava.class.getResource("/" + resource)).as("in lazysodium's jar").isNotNull();
    }

    @Test
    void shouldListEveryBundledBuildInTheTable() {
        assertThat(BundledSodium.RESOURCES).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"win32-aarch64", "linux-riscv64", "linux-ppc64le", "freebsd-x86-64", "sunos-sparcv9"})
    void shouldSayWhichPlatformHasNoBundledBuildAndWhichHave(String platform) {
        SodiumUnavailableException e = catchThrowableOfType(SodiumUnavailableException.class,
                () -> NativeSodium.open(SodiumSource.bundledCopyIn(folder), platform));

        assertThat(e).hasMessageStartingWith("No libsodium is bundled for " + platform)
                .hasMessageContaining("it is bundled for darwin-aarch64, darwin-x86-64, linux-aarch64, linux-arm,"
                        + " linux-x86, linux-x86-64, win32-x86, win32-x86-64 (Linux with glibc)");
        assertThat(folder).isEmptyDirectory();
    }

    /**
     * A copy that cannot load fails; JNA does not fall back to a libsodium of the system, which this machine may have:
     * a build for another operating system stands for a library this one cannot load.
     */
    @Test
    void shouldFailRatherThanFallBackToTheSystemLibrary() {
        String foreign = BundledSodium.platform().startsWith("linux-") ? "win32-x86-64" : "linux-x86-64";

        SodiumUnavailableException e = catchThrowableOfType(SodiumUnavailableException.class,
                () -> NativeSodium.open(SodiumSource.bundledCopyIn(folder), foreign));

        Path copy = folder.resolve(foreign).resolve(foreign.startsWith("win32") ? "libsodium.dll" : "libsodium.so");
        assertThat(copy).exists();
        assertThat(e).hasMessageStartingWith("The bundled libsodium for " + foreign + ", copied to " + copy
                + ", could not be loaded: UnsatisfiedLinkError: ").hasCauseInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void shouldSayWhereTheCopyCouldNotBeWritten() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a file"), "not a folder");

        SodiumUnavailableException e = catchThrowableOfType(SodiumUnavailableException.class,
                () -> NativeSodium.open(SodiumSource.bundledCopyIn(notAFolder), BundledSodium.platform()));

        assertThat(e).hasMessageStartingWith("The bundled libsodium for " + BundledSodium.platform()
                + " could not be copied to " + notAFolder + ": ");
    }
}
