package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import com.goterl.lazysodium.interfaces.Box;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Seals secret values with libsodium's {@code crypto_box_seal}, as GitHub requires: an anonymous sender, so only the
 * environment's private key opens the box.
 */
public final class SecretSealer {
    private final Box.Native box;

    private SecretSealer(Box.Native box) {
        this.box = box;
    }

    /**
     * A sealer over this JVM's one libsodium (loading it is costly, and the library is thread safe), loaded from
     * {@code source} at the first call. Later calls share that library whatever source they name, since a native
     * library stays loaded until the JVM ends; a failed load is not remembered, so the next call tries again.
     *
     * @throws SodiumUnavailableException if no libsodium could be loaded from {@code source}; nothing was sealed
     */
    public static SecretSealer using(SodiumSource source) throws SodiumUnavailableException {
        return new SecretSealer(NativeSodium.load(Objects.requireNonNull(source, "source")));
    }

    /**
     * @throws InvalidSealingKeyException if libsodium refuses the key (a weak, low-order point such as all zeros)
     */
    public SealedSecret seal(SecretValue value, SealingKey key) {
        byte[] plain = value.copyUtf8();
        byte[] publicKey = key.keyBytes();
        try {
            byte[] sealed = new byte[plain.length + Box.SEALBYTES];
            if (!box.cryptoBoxSeal(sealed, plain, plain.length, publicKey)) {
                throw new InvalidSealingKeyException("was refused by libsodium as a weak key", key.keyId());
            }
            return new SealedSecret(Base64.getEncoder().encodeToString(sealed), key.keyId());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
