package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One application's secrets of a repository or an organization, under that application's own key pair; for an
 * organization also which repositories may read each secret.
 */
final class FakeSecrets implements SecretHolder {
    private final SortedMap<String, StoredSecret> secrets = new TreeMap<>();
    private final Map<String, FakeAccess> access = new HashMap<>();
    private SealedBoxKeys keys;
    private boolean rotateBeforeNextPut;

    FakeSecrets(SealedBoxKeys keys) {
        this.keys = keys;
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

    @Override
    public Collection<StoredSecret> secrets() {
        return secrets.values();
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
        access.remove(SecretNames.canonical(name));
        return secrets.remove(SecretNames.canonical(name)) != null;
    }

    /** Which repositories may read an organization secret; {@link FakeAccess#ALL} until set. */
    FakeAccess access(String name) {
        return access.getOrDefault(SecretNames.canonical(name), FakeAccess.ALL);
    }

    void access(String name, FakeAccess newAccess) {
        access.put(SecretNames.canonical(name), newAccess);
    }

    @Override
    public String toString() {
        return secrets.size() + " secrets under key " + keys.keyId();
    }
}
