package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.util.Objects;

/**
 * An environment's public key, as GitHub returns it: values written to this environment must be sealed with it and
 * sent with its id.
 *
 * @param keyId GitHub's id of the key, sent back with each write
 * @param keyBase64 standard base64 of the 32-byte X25519 public key
 */
public record EnvironmentPublicKey(String keyId, String keyBase64) {
    public EnvironmentPublicKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(keyBase64, "keyBase64");
    }
}
