package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An environment's public key as GitHub hands it out: an id and 32 bytes of X25519 public key. Public keys are not
 * secret; they are kept apart from other environments' keys because a value sealed with the wrong one cannot be
 * opened by GitHub.
 */
public final class SealingKey {
    static final int KEY_BYTES = 32;

    private final String keyId;
    private final byte[] key;

    private SealingKey(String keyId, byte[] key) {
        this.keyId = keyId;
        this.key = key;
    }

    /**
     * @throws InvalidSealingKeyException if the key is not standard base64 of exactly 32 bytes
     */
    public static SealingKey fromBase64(String keyId, String base64Key) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isEmpty()) {
            throw new InvalidSealingKeyException("has an empty key id", keyId);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(Objects.requireNonNull(base64Key, "key"));
        } catch (IllegalArgumentException e) {
            throw new InvalidSealingKeyException("is not valid base64", keyId);
        }
        if (decoded.length != KEY_BYTES) {
            throw new InvalidSealingKeyException("has " + decoded.length + " bytes, not " + KEY_BYTES, keyId);
        }
        return new SealingKey(keyId, decoded);
    }

    public String keyId() {
        return keyId;
    }

    byte[] keyBytes() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealingKey other && keyId.equals(other.keyId) && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "SealingKey[" + keyId + "]";
    }
}
