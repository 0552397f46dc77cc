package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.interfaces.Box;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals secret values with libsodium's {@code crypto_box_seal}, as GitHub requires: an anonymous sender, so only the
 * environment's private key opens the box.
 */
public final class SecretSealer {
    /** One native instance for the JVM: loading libsodium is costly and the library is thread safe. */
    private static final class Native {
        static final Box.Native BOX = new LazySodiumJava(new SodiumJava());
    }

    /**
     * @throws InvalidSealingKeyException if libsodium refuses the key (a weak, low-order point such as all zeros)
     */
    public SealedSecret seal(SecretValue value, SealingKey key) {
        byte[] plain = value.copyUtf8();
        byte[] publicKey = key.keyBytes();
        try {
            byte[] sealed = new byte[plain.length + Box.SEALBYTES];
            if (!Native.BOX.cryptoBoxSeal(sealed, plain, plain.length, publicKey)) {
                throw new InvalidSealingKeyException("was refused by libsodium as a weak key (key id " + key.keyId()
                        + ")");
            }
            return new SealedSecret(Base64.getEncoder().encodeToString(sealed), key.keyId());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
