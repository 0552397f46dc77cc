package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Locale;
import java.util.Objects;

/**
 * One record set: the secrets, or the variables, of one target on one GitHub. Records are kept, locked and indexed
 * per record set, and fingerprints are bound to it. Two scopes are equal exactly when their keys are; GitHub ignores
 * case in the names a target holds, so the key does too. The API URL is as the sync resolved it (no white space), the
 * target's names as the sync gave them.
 */
public final class RecordScope {
    private final String apiUrl;
    private final Target target;
    private final ValueKind kind;
    /** Made once: maps, locks and files are all found by it. */
    private final String key;

    public RecordScope(String apiUrl, Target target, ValueKind kind) {
        this.apiUrl = Objects.requireNonNull(apiUrl, "apiUrl");
        this.target = Objects.requireNonNull(target, "target");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (apiUrl.isEmpty() || apiUrl.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("An API URL holds no white space and is not empty: '" + apiUrl + "'");
        }
        this.key = apiUrl + " " + target.key() + " " + kind.pathSegment();
    }

    /** The secrets of one environment: what syncs keep records of today. */
    public static RecordScope environmentSecrets(String apiUrl, RepositoryCoordinates repository,
            EnvironmentName environment) {
        return new RecordScope(apiUrl, new EnvironmentTarget(repository, environment), ValueKind.SECRET);
    }

    /**
     * A stable text naming this record set alone: API URL, target key and kind, separated by single spaces, such as
     * {@code https://api.github.com repos/acme/web/environments/production secrets}. Neither part holds a space, so
     * no two record sets share a key.
     */
    public String key() {
        return key;
    }

    public String apiUrl() {
        return apiUrl;
    }

    public Target target() {
        return target;
    }

    public ValueKind kind() {
        return kind;
    }

    /**
     * What a fingerprint of a value in this set is bound to. For environment secrets it is the text that versions 1
     * and 2 of the record bound them to, so that records carried over keep matching the values they describe; for
     * every other set it is {@link #key()}.
     */
    String fingerprintBinding() {
        if (target instanceof EnvironmentTarget environment && kind == ValueKind.SECRET) {
            return apiUrl + " " + environment.repository().toString().toLowerCase(Locale.ROOT) + " "
                    + environment.environment().value().toLowerCase(Locale.ROOT);
        }
        return key();
    }

    /** In words, for messages: {@code secrets of environment 'production' of acme/web on https://api.github.com}. */
    public String describe() {
        return kind.pathSegment() + " of " + target.describe() + " on " + apiUrl;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordScope other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
