package io.jenkins.plugins.githubenvsecrets.engine.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretValueTest {
    private static final String SECRET = "s3cr3t-value-ünï-🔐";

    @Test
    void shouldHoldTheUtf8BytesOfTheCharacters() {
        SecretValue value = SecretValue.of(SECRET.toCharArray());

        assertThat(value.copyUtf8()).isEqualTo(SECRET.getBytes(UTF_8));
        assertThat(value.length()).isEqualTo(SECRET.getBytes(UTF_8).length);
        assertThat(new String(value.copyChars())).isEqualTo(SECRET);
    }

    @Test
    void shouldNeverShowItself() {
        SecretValue value = SecretValue.of(SECRET.toCharArray());

        assertThat(value.toString()).isEqualTo("****");
        assertThat(String.valueOf(value)).doesNotContain("s3cr3t");
    }

    @Test
    void shouldHandOutCopiesSoCallersCanClearThem() {
        SecretValue value = SecretValue.of(SECRET.toCharArray());
        byte[] copy = value.copyUtf8();
        Arrays.fill(copy, (byte) 0);

        assertThat(value.copyUtf8()).isEqualTo(SECRET.getBytes(UTF_8));
    }

    @Test
    void shouldNotKeepTheCallersArray() {
        char[] given = SECRET.toCharArray();
        SecretValue value = SecretValue.of(given);
        Arrays.fill(given, 'x');

        assertThat(value.copyUtf8()).isEqualTo(SECRET.getBytes(UTF_8));
    }

    @Test
    void shouldRefuseCopiesAfterDestroy() {
        SecretValue value = SecretValue.ofUtf8(SECRET.getBytes(UTF_8));
        value.destroy();

        assertThat(value.isDestroyed()).isTrue();
        assertThatThrownBy(value::copyUtf8).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void shouldAcceptExactly48KilobytesAndRejectOneMore() {
        assertThat(SecretValue.ofUtf8(new byte[SecretValue.MAX_BYTES]).length()).isEqualTo(49_152);
        char[] tooLarge = new char[SecretValue.MAX_BYTES + 1];
        Arrays.fill(tooLarge, 'x');

        assertThatThrownBy(() -> SecretValue.of(tooLarge)).isInstanceOf(InvalidSecretValueException.class)
                .hasMessage("The value has 49153 bytes as UTF-8; GitHub allows at most 49152 bytes (48 KB)");
    }

    @Test
    void shouldCountMultiByteCharactersAgainstTheLimit() {
        char[] value = "é".repeat(SecretValue.MAX_BYTES / 2 + 1).toCharArray();

        assertThatThrownBy(() -> SecretValue.of(value)).isInstanceOf(InvalidSecretValueException.class)
                .hasMessageContaining("49154 bytes");
    }

    @Test
    void shouldRejectEmptyAndBrokenUnicodeWithoutShowingTheValue() {
        assertThatThrownBy(() -> SecretValue.of(new char[0])).hasMessageContaining("empty");
        char[] broken = ("s3cr3t" + '\uD800').toCharArray();
        assertThatThrownBy(() -> SecretValue.of(broken)).isInstanceOf(InvalidSecretValueException.class)
                .hasMessageContaining("Unicode").hasMessageNotContaining("s3cr3t").hasNoCause();
    }
}
