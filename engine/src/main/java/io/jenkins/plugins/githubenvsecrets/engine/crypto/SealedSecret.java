package io.jenkins.plugins.githubenvsecrets.engine.crypto;

/**
 * What GitHub's "create or update secret" endpoint takes: the sealed value in standard base64 and the id of the key
 * it was sealed with. Only the holder of the environment's private key can open it, so it may be sent and dropped
 * freely; it is still never printed.
 */
public record SealedSecret(String encryptedValueBase64, String keyId) {
    @Override
    public String toString() {
        return "SealedSecret[keyId=" + keyId + "]";
    }
}
