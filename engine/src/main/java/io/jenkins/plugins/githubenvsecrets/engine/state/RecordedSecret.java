package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Objects;

/** One record with where it belongs: a row of the audit. */
public record RecordedSecret(RecordScope scope, SecretName name, SecretRecord record) {
    public RecordedSecret {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(record, "record");
    }
}
