package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.utils.LibraryLoader;
import com.goterl.resourceloader.SharedLibraryLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a stock Jenkins takes, which has no libsodium of its own: the plugin's jars lie in a Jenkins home whose path
 * holds a space and non-ASCII characters, and a class loader built from {@code File.toURI().toURL()}, as Jenkins
 * builds a plugin's, loads them; JNA and SLF4J come from its parent, as Jenkins core provides them. The bundled
 * library is copied out of lazysodium's jar, loaded by that copy's absolute path, seals a value, and pure Java opens
 * the box. Nothing here depends on a libsodium of the machine, so it passes with or without one.
 */
class BundledSodiumLoadingTest {
    private static final String ENGINE = "io.jenkins.plugins.githubenvsecrets.engine.";
    private static final String VALUE = "s3cr3t ünïcödé 🔐";

    @TempDir
    Path temp;

    @Test
    void shouldSealWithTheBundledLibraryOfAPluginOnAPathWithASpaceAndNonAsciiCharacters() throws Exception {
        Path home = temp.resolve("Program Files").resolve("Jenkins hôme 日本");
        Path lib = Files.createDirectories(home.resolve("plugins/github-environment-secrets/WEB-INF/lib"));
        List<URL> jars = new ArrayList<>();
        jars.add(url(jar(location(SecretSealer.class), lib.resolve("github-environment-secrets-engine.jar"))));
        jars.add(url(copyInto(location(SodiumJava.class), lib)));
        jars.add(url(copyInto(location(SharedLibraryLoader.class), lib)));
        // As Jenkins hands them to the plugin's class loader, with the space escaped.
        assertThat(jars).allSatisfy(
                jar -> assertThat(jar.toString()).contains("/Program%20Files/Jenkins%20hôme%20日本/"));
        Path folder = home.resolve("github-environment-secrets").resolve("libsodium");
        Set<Path> temporaryFolders = resourceLoaderFolders();
        IndependentSealedBox recipient = new IndependentSealedBox();

        String sealed;
        try (URLClassLoader plugin = new URLClassLoader(jars.toArray(URL[]::new), new CoreClassLoader())) {
            assertThat(Class.forName(SodiumJava.class.getName(), false, plugin).getClassLoader()).isSameAs(plugin);
            sealed = seal(plugin, folder, recipient.publicKey());
        }

        assertThat(recipient.open(Base64.getDecoder().decode(sealed)))
                .hasValueSatisfying(opened -> assertThat(new String(opened, UTF_8)).isEqualTo(VALUE));
        String resource = BundledSodium.resourceFor(BundledSodium.platform()).orElseThrow();
        Path copy = folder.resolve(BundledSodium.platform()).resolve(Path.of(resource).getFileName());
        try (InputStream bundled = SodiumJava.class.getResourceAsStream("/" + resource)) {
            assertThat(copy).hasBinaryContent(bundled.readAllBytes());
        }
        assertThat(resourceLoaderFolders()).as("temporary folders of lazysodium's loader")
                .isEqualTo(temporaryFolders);
        if (Files.isReadable(Path.of("/proc/self/maps"))) {
            // Linux: the process mapped exactly the copy, whatever libsodium the system has.
            assertThat(mappedFiles()).contains(copy.toString());
        }
    }

    /** The set-up is the one that breaks lazysodium's own loader, which opens the jar by its URL's escaped path. */
    @Test
    void shouldBeWhereLazysodiumsOwnLoaderFails() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("Program Files").resolve("Jenkins hôme 日本"));
        URL[] jars = {url(copyInto(location(SodiumJava.class), lib)),
            url(copyInto(location(SharedLibraryLoader.class), lib))};
        Set<Path> temporaryFolders = resourceLoaderFolders();

        Throwable failure;
        try (URLClassLoader plugin = new URLClassLoader(jars, new CoreClassLoader())) {
            Class<?> mode = Class.forName(LibraryLoader.Mode.class.getName(), true, plugin);
            failure = catchThrowable(() -> Class.forName(SodiumJava.class.getName(), true, plugin)
                    .getConstructor(mode).newInstance(mode.getField("BUNDLED_ONLY").get(null)));
        } finally {
            for (Path left : resourceLoaderFolders()) {
                if (!temporaryFolders.contains(left)) {
                    Files.deleteIfExists(left); // empty: the copy failed
                }
            }
        }

        assertThat(failure).isInstanceOf(InvocationTargetException.class).cause()
                .hasMessageStartingWith("Failed to load the bundled library from resources");
    }

    /** Calls the engine as loaded by {@code plugin}: its types are not this test's. */
    private static String seal(ClassLoader plugin, Path folder, byte[] publicKey) throws Exception {
        Class<?> sourceType = Class.forName(ENGINE + "crypto.SodiumSource", true, plugin);
        Class<?> sealerType = Class.forName(ENGINE + "crypto.SecretSealer", true, plugin);
        Class<?> keyType = Class.forName(ENGINE + "crypto.SealingKey", true, plugin);
        Class<?> valueType = Class.forName(ENGINE + "model.SecretValue", true, plugin);
        assertThat(sealerType.getClassLoader()).isSameAs(plugin);

        Object source = sourceType.getMethod("bundledCopyIn", Path.class).invoke(null, folder);
        Object sealer = sealerType.getMethod("using", sourceType).invoke(null, source);
        Object key = keyType.getMethod("fromBase64", String.class, String.class)
                .invoke(null, "key-1", Base64.getEncoder().encodeToString(publicKey));
        Object value = valueType.getMethod("of", char[].class).invoke(null, (Object) VALUE.toCharArray());
        Object sealed = sealerType.getMethod("seal", valueType, keyType).invoke(sealer, value, key);
        return (String) sealed.getClass().getMethod("encryptedValueBase64").invoke(sealed);
    }

    /** Jenkins core's part: JNA and SLF4J, nothing of the plugin; the rest of the JDK below. */
    private static final class CoreClassLoader extends ClassLoader {
        private final ClassLoader tests = BundledSodiumLoadingTest.class.getClassLoader();

        CoreClassLoader() {
            super("jenkins-core", ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.sun.jna.") || name.startsWith("org.slf4j.")) {
                return tests.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static URL url(Path jar) throws IOException {
        return jar.toFile().toURI().toURL();
    }

    private static Path copyInto(Path jar, Path folder) throws IOException {
        return Files.copy(jar, folder.resolve(jar.getFileName()));
    }

    /** A jar of the compiled classes, as the plugin bundles the engine. */
    private static Path jar(Path classes, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, jar);
                jar.closeEntry();
            }
        }
        return target;
    }

    /** The folders lazysodium's loader unpacks its jar into, and never removes. */
    private static Set<Path> resourceLoaderFolders() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("resource-loader"))
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> mappedFiles() throws IOException {
        try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
            return maps.map(line -> line.split("\\s+", 6)).filter(fields -> fields.length == 6)
                    .map(fields -> fields[5].strip()).collect(Collectors.toSet());
        }
    }
}
