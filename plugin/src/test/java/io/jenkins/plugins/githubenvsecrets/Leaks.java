package io.jenkins.plugins.githubenvsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings;
import io.jenkins.plugins.githubenvsecrets.records.SyncMemories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Looks for every test secret, in every encoded form, in the build log, in every file of the job and in the
 * plugin's own files under the Jenkins home (the record of what syncs wrote).
 */
public final class Leaks {
    private Leaks() {
    }

    public static void assertNoSecretIn(Run<?, ?> run) throws IOException {
        String log = JenkinsRule.getLog(run);
        List<Path> jobFiles = filesUnder(run.getParent().getRootDir().toPath());
        assertThat(jobFiles).as("the job's files").isNotEmpty();
        List<Path> files = new ArrayList<>(jobFiles);
        files.addAll(filesUnder(SyncMemories.folder()));
        for (String secret : forms()) {
            assertThat(log).as("the build log").doesNotContain(secret);
        }
        assertNoSecretIn(files);
    }

    /** In a text shown to users, such as a page's HTML. */
    public static void assertNoSecretIn(String text) {
        for (String secret : forms()) {
            assertThat(text).as("the text").doesNotContain(secret);
        }
    }

    public static void assertNoSecretIn(List<Path> files) throws IOException {
        for (String secret : forms()) {
            byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
            for (Path file : files) {
                assertThat(indexOf(Files.readAllBytes(file), needle)).as("a secret in %s", file).isEqualTo(-1);
            }
        }
    }

    /** Every file under {@code directory}; none if it does not exist. */
    private static List<Path> filesUnder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /**
     * Each secret in every form a server or a log may give it: as it is, JSON-escaped a character at a time,
     * percent-encoded, as HTML references, and standard and URL-safe base64 at each of the three alignments.
     */
    private static List<String> forms() {
        List<String> forms = new ArrayList<>();
        for (String secret : TestCredentials.SECRET_VALUES) {
            forms.addAll(Encodings.forms(secret));
        }
        return forms;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
