package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One deployment environment: its name as created, its current key pair, its secrets by upper-case name and its
 * variables.
 */
final class FakeEnvironment implements SecretHolder {
    private final long id;
    private final String name;
    private final Instant createdAt;
    private final SortedMap<String, StoredSecret> secrets = new TreeMap<>();
    private final FakeVariables variables = new FakeVariables();
    /** Names listings show although no request can reach them, with when they appeared. */
    private final SortedMap<String, Instant> phantoms = new TreeMap<>();
    private Instant updatedAt;
    private SealedBoxKeys keys;
    private boolean rotateBeforeNextPut;

    FakeEnvironment(long id, String name, Instant createdAt, SealedBoxKeys keys) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.keys = keys;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    @Override
    public SealedBoxKeys keys() {
        return keys;
    }

    @Override
    public void rotate(SealedBoxKeys newKeys) {
        keys = newKeys;
        rotateBeforeNextPut = false;
    }

    @Override
    public void rotateBeforeNextPut() {
        rotateBeforeNextPut = true;
    }

    @Override
    public boolean rotationPending() {
        return rotateBeforeNextPut;
    }

    @Override
    public Optional<StoredSecret> secret(String name) {
        return Optional.ofNullable(secrets.get(SecretNames.canonical(name)));
    }

    /** Secrets in GitHub's listing order: by name. */
    @Override
    public Collection<StoredSecret> secrets() {
        return secrets.values();
    }

    void addPhantom(String name, Instant now) {
        phantoms.put(name, now);
    }

    /** Listed secrets that are not stored: GitHub's listing shows them, yet no request finds them. */
    List<SecretMetadata> phantoms() {
        return phantoms.entrySet().stream()
                .map(phantom -> new SecretMetadata(phantom.getKey(), phantom.getValue(), phantom.getValue())).toList();
    }

    @Override
    public int secretCount() {
        return secrets.size();
    }

    @Override
    public void store(String name, StoredSecret secret) {
        secrets.put(SecretNames.canonical(name), secret);
    }

    @Override
    public boolean delete(String name) {
        return secrets.remove(SecretNames.canonical(name)) != null;
    }

    FakeVariables variables() {
        return variables;
    }

    @Override
    public String toString() {
        return "environment " + name;
    }
}
