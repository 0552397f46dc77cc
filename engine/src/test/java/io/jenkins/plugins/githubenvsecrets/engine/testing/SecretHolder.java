package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Collection;
import java.util.Optional;

/**
 * What keeps secrets under one key pair: an environment, or one application's secrets of a repository or an
 * organization. Secret names are case-insensitive and kept upper case, in GitHub's listing order (by name).
 */
interface SecretHolder {
    SealedBoxKeys keys();

    void rotate(SealedBoxKeys newKeys);

    /** Rotates the key pair when the next secret write arrives, just before it is checked. */
    void rotateBeforeNextPut();

    boolean rotationPending();

    Optional<StoredSecret> secret(String name);

    Collection<StoredSecret> secrets();

    int secretCount();

    void store(String name, StoredSecret secret);

    boolean delete(String name);
}
