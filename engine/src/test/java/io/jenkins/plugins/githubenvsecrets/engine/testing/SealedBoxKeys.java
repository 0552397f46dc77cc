package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.exceptions.SodiumException;
import com.goterl.lazysodium.interfaces.Box;
import java.util.Arrays;
import java.util.Optional;

/** An environment's X25519 key pair, as GitHub keeps it: the public half is handed out, the private half opens. */
final class SealedBoxKeys {
    private static final LazySodiumJava SODIUM = new LazySodiumJava(new SodiumJava());

    private final String keyId;
    private final byte[] publicKey;
    private final byte[] secretKey;

    private SealedBoxKeys(String keyId, byte[] publicKey, byte[] secretKey) {
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.secretKey = secretKey;
    }

    static SealedBoxKeys generate(String keyId) {
        try {
            var pair = SODIUM.cryptoBoxKeypair();
            return new SealedBoxKeys(keyId, pair.getPublicKey().getAsBytes(), pair.getSecretKey().getAsBytes());
        } catch (SodiumException e) {
            throw new IllegalStateException("libsodium could not make a key pair", e);
        }
    }

    /** crypto_box_seal: what a correct client does with the public key. */
    static byte[] seal(byte[] plaintext, byte[] recipientPublicKey) {
        var sealed = new byte[plaintext.length + Box.SEALBYTES];
        if (!SODIUM.cryptoBoxSeal(sealed, plaintext, plaintext.length, recipientPublicKey)) {
            throw new IllegalStateException("libsodium could not seal");
        }
        return sealed;
    }

    String keyId() {
        return keyId;
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    /** crypto_box_seal_open with this pair; empty when the box was sealed for another key or is damaged. */
    Optional<byte[]> open(byte[] sealed) {
        if (sealed.length < Box.SEALBYTES) {
            return Optional.empty();
        }
        var plaintext = new byte[sealed.length - Box.SEALBYTES];
        if (SODIUM.cryptoBoxSealOpen(plaintext, sealed, sealed.length, publicKey, secretKey)) {
            return Optional.of(plaintext);
        }
        Arrays.fill(plaintext, (byte) 0);
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "key " + keyId;
    }
}
