package io.jenkins.plugins.githubenvsecrets.engine.state;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the record store could not do, which does not fail a sync: a sentence that names the record set (never a
 * value or a fingerprint), and apart from it the file concerned, so that a caller can show the sentence where the
 * file's place on disk is nobody's business (a build log) and the whole where the administrator reads.
 *
 * @param message the sentence, without the file
 * @param file the file or folder concerned; {@code null} when none
 */
public record StoreWarning(String message, Path file) {
    public StoreWarning {
        Objects.requireNonNull(message, "message");
    }

    /** The sentence followed by its file: {@code ...; file /var/jenkins_home/github-environment-secrets/...json}. */
    public String withFile() {
        return file == null ? message : message + "; file " + file;
    }
}
