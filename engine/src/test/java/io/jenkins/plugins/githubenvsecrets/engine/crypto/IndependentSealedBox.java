package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.util.Pack;

/**
 * libsodium's {@code crypto_box_seal_open} built from BouncyCastle's primitives, in pure Java: it shares no code with
 * the native library under test, so a box it opens was sealed as the format says, not merely as libsodium reads it.
 * A sealed box is {@code epk || crypto_box(m, nonce = BLAKE2b-192(epk || pk), pk, esk)}, and crypto_box is
 * XSalsa20-Poly1305 under {@code HSalsa20(X25519(sk, epk), 0)}, the tag before the ciphertext.
 */
final class IndependentSealedBox {
    static final int KEY_BYTES = 32;
    private static final int TAG_BYTES = 16;
    private static final int SEAL_BYTES = KEY_BYTES + TAG_BYTES;
    /** "expand 32-byte k", little endian. */
    private static final int[] SIGMA = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};

    private final byte[] publicKey = new byte[KEY_BYTES];
    private final byte[] secretKey = new byte[KEY_BYTES];

    IndependentSealedBox() {
        X25519.generatePrivateKey(new SecureRandom(), secretKey);
        X25519.generatePublicKey(secretKey, 0, publicKey, 0);
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    /** The plaintext, or empty if the box was not sealed for this key pair or was changed. */
    Optional<byte[]> open(byte[] sealed) {
        if (sealed.length < SEAL_BYTES) {
            return Optional.empty();
        }
        byte[] ephemeral = Arrays.copyOfRange(sealed, 0, KEY_BYTES);
        Blake2bDigest blake = new Blake2bDigest(24 * 8);
        blake.update(ephemeral, 0, KEY_BYTES);
        blake.update(publicKey, 0, KEY_BYTES);
        byte[] nonce = new byte[24];
        blake.doFinal(nonce, 0);

        byte[] shared = new byte[KEY_BYTES];
        X25519.scalarMult(secretKey, 0, ephemeral, 0, shared, 0);
        byte[] key = hsalsa20(shared, new byte[16]);

        // XSalsa20's first 32 bytes of key stream are the one-time Poly1305 key; the rest encrypts the message.
        int length = sealed.length - SEAL_BYTES;
        byte[] stream = new byte[KEY_BYTES + length];
        System.arraycopy(sealed, SEAL_BYTES, stream, KEY_BYTES, length);
        XSalsa20Engine xsalsa = new XSalsa20Engine();
        xsalsa.init(false, new ParametersWithIV(new KeyParameter(key), nonce));
        xsalsa.processBytes(stream, 0, stream.length, stream, 0);

        Poly1305 poly = new Poly1305();
        poly.init(new KeyParameter(Arrays.copyOfRange(stream, 0, KEY_BYTES)));
        poly.update(sealed, SEAL_BYTES, length);
        byte[] tag = new byte[TAG_BYTES];
        poly.doFinal(tag, 0);
        if (!MessageDigest.isEqual(tag, Arrays.copyOfRange(sealed, KEY_BYTES, SEAL_BYTES))) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(stream, KEY_BYTES, stream.length));
    }

    /** HSalsa20: Salsa20's 20 rounds without the final addition, words 0, 5, 10, 15 and 6 to 9. */
    private static byte[] hsalsa20(byte[] key, byte[] input) {
        int[] state = new int[16];
        state[0] = SIGMA[0];
        state[5] = SIGMA[1];
        state[10] = SIGMA[2];
        state[15] = SIGMA[3];
        Pack.littleEndianToInt(key, 0, state, 1, 4);
        Pack.littleEndianToInt(key, 16, state, 11, 4);
        Pack.littleEndianToInt(input, 0, state, 6, 4);
        int[] mixed = new int[16];
        Salsa20Engine.salsaCore(20, state, mixed); // adds the input back: subtract it again
        int[] words = {0, 5, 10, 15, 6, 7, 8, 9};
        byte[] out = new byte[KEY_BYTES];
        for (int i = 0; i < words.length; i++) {
            Pack.intToLittleEndian(mixed[words[i]] - state[words[i]], out, 4 * i);
        }
        return out;
    }
}
