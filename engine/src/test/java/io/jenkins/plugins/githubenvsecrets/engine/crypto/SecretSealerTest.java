package io.jenkins.plugins.githubenvsecrets.engine.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.goterl.lazysodium.LazySodiumJava;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.interfaces.Box;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.testing.TestSealer;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretSealerTest {
    private static final LazySodiumJava SODIUM = new LazySodiumJava(new SodiumJava());

    private final SecretSealer sealer = TestSealer.get();

    @ParameterizedTest
    @ValueSource(strings = {"x", "s3cr3t", "multi\nline\r\nvalue\n", "ünïcödé-🔐"})
    void shouldSealSoThatOnlyTheEnvironmentsPrivateKeyOpensIt(String secret) {
        byte[] publicKey = new byte[Box.PUBLICKEYBYTES];
        byte[] privateKey = new byte[Box.SECRETKEYBYTES];
        SODIUM.cryptoBoxKeypair(publicKey, privateKey);

        SealedSecret sealed = sealer.seal(SecretValue.of(secret.toCharArray()),
                SealingKey.fromBase64("key-1", Base64.getEncoder().encodeToString(publicKey)));

        byte[] cipher = Base64.getDecoder().decode(sealed.encryptedValueBase64());
        byte[] opened = new byte[cipher.length - Box.SEALBYTES];
        assertThat(SODIUM.cryptoBoxSealOpen(opened, cipher, cipher.length, publicKey, privateKey)).isTrue();
        assertThat(new String(opened, UTF_8)).isEqualTo(secret);
        assertThat(sealed.keyId()).isEqualTo("key-1");
        assertThat(sealed.toString()).doesNotContain(sealed.encryptedValueBase64());
    }

    /** Pure Java opens it too: the box follows the format, and the opener of the loading tests is right. */
    @Test
    void shouldSealSoThatAnIndependentImplementationOpensIt() {
        IndependentSealedBox recipient = new IndependentSealedBox();
        IndependentSealedBox other = new IndependentSealedBox();
        String secret = "multi\nline ünïcödé-🔐 " + "x".repeat(300);

        SealedSecret sealed = sealer.seal(SecretValue.of(secret.toCharArray()),
                SealingKey.fromBase64("key-1", Base64.getEncoder().encodeToString(recipient.publicKey())));

        byte[] box = Base64.getDecoder().decode(sealed.encryptedValueBase64());
        assertThat(recipient.open(box)).hasValueSatisfying(
                opened -> assertThat(new String(opened, UTF_8)).isEqualTo(secret));
        assertThat(other.open(box)).as("opened with another key pair").isEmpty();
        for (int at : new int[] {0, 33, 47, 48, box.length - 1}) {
            byte[] changed = box.clone();
            changed[at] ^= 1;
            assertThat(recipient.open(changed)).as("box changed at byte %d", at).isEmpty();
        }
    }

    @Test
    void shouldNotOpenWithAnotherEnvironmentsKey() {
        byte[] publicKey = new byte[Box.PUBLICKEYBYTES];
        byte[] privateKey = new byte[Box.SECRETKEYBYTES];
        SODIUM.cryptoBoxKeypair(publicKey, privateKey);
        byte[] otherPublic = new byte[Box.PUBLICKEYBYTES];
        byte[] otherPrivate = new byte[Box.SECRETKEYBYTES];
        SODIUM.cryptoBoxKeypair(otherPublic, otherPrivate);

        SealedSecret sealed = sealer.seal(SecretValue.of("s3cr3t".toCharArray()),
                SealingKey.fromBase64("k", Base64.getEncoder().encodeToString(publicKey)));

        byte[] cipher = Base64.getDecoder().decode(sealed.encryptedValueBase64());
        assertThat(SODIUM.cryptoBoxSealOpen(new byte[cipher.length - Box.SEALBYTES], cipher, cipher.length,
                otherPublic, otherPrivate)).isFalse();
    }

    @Test
    void shouldRefuseAWeakKeyWithAClearError() {
        SealingKey zeros = SealingKey.fromBase64("k0", Base64.getEncoder().encodeToString(new byte[32]));

        assertThatThrownBy(() -> sealer.seal(SecretValue.of("s3cr3t".toCharArray()), zeros))
                .isInstanceOf(InvalidSealingKeyException.class).hasMessageContaining("weak key (key id k0)");
    }

    @Test
    void shouldUseAFreshEphemeralKeyForEverySeal() {
        byte[] publicKey = new byte[Box.PUBLICKEYBYTES];
        SODIUM.cryptoBoxKeypair(publicKey, new byte[Box.SECRETKEYBYTES]);
        SealingKey key = SealingKey.fromBase64("k", Base64.getEncoder().encodeToString(publicKey));
        SecretValue value = SecretValue.of("same".toCharArray());

        assertThat(sealer.seal(value, key).encryptedValueBase64())
                .isNotEqualTo(sealer.seal(value, key).encryptedValueBase64());
    }

    @Test
    void shouldRejectKeysThatAreNot32BytesOfBase64() {
        assertThatThrownBy(() -> SealingKey.fromBase64("k1", Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(InvalidSealingKeyException.class).hasMessageContaining("31 bytes, not 32")
                .hasMessageContaining("k1");
        assertThatThrownBy(() -> SealingKey.fromBase64("k2", "not base64!"))
                .isInstanceOf(InvalidSealingKeyException.class).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> SealingKey.fromBase64("", Base64.getEncoder().encodeToString(new byte[32])))
                .isInstanceOf(InvalidSealingKeyException.class).hasMessageContaining("empty key id");
    }
}
