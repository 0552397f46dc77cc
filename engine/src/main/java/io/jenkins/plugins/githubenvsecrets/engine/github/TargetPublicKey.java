package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.util.Objects;

/**
 * The public key of one target and application, as GitHub returns it: each environment, repository and organization
 * has its own for each of Actions, Dependabot and Codespaces. Values written there must be sealed with it and sent
 * with its id.
 *
 * @param keyId GitHub's id of the key, sent back with each write
 * @param keyBase64 standard base64 of the 32-byte X25519 public key
 */
public record TargetPublicKey(String keyId, String keyBase64) {
    public TargetPublicKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyBase64, "keyBase64");
    }
}
