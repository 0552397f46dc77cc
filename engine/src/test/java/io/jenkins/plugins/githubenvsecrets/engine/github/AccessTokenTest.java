package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenTest {
    private static final String TOKEN = MockGitHub.TOKEN;

    @Test
    void shouldNeverShowItself() {
        AccessToken token = AccessToken.of(TOKEN.toCharArray());

        assertThat(token.toString()).isEqualTo("****");
        assertThat(String.valueOf(token)).doesNotContain(TOKEN);
    }

    @Test
    void shouldCopyTheCallersArray() {
        char[] chars = TOKEN.toCharArray();
        AccessToken token = AccessToken.of(chars);

        java.util.Arrays.fill(chars, 'x');

        assertThat(token.bearerHeader()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void shouldBeUnusableOnceDestroyed() {
        AccessToken token = AccessToken.of(TOKEN.toCharArray());
        AccessToken copy = token.copy();

        token.destroy();

        assertThat(token.isDestroyed()).isTrue();
        assertThatThrownBy(token::bearerHeader)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("destroyed")
                .hasMessageNotContaining(TOKEN);
        assertThat(copy.isDestroyed()).isFalse();
        assertThat(copy.bearerHeader()).isEqualTo("Bearer " + TOKEN);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "ghp_with space", "ghp_trailing_newline\n", "\tghp_tab", "ghp_ünicode"})
    void shouldRefuseTokensAHeaderCannotCarryWithoutShowingThem(String value) {
        assertThatThrownBy(() -> AccessToken.of(value.toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GitHub token")
                .satisfies(e -> {
                    if (!value.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(value.strip());
                    }
                });
    }

    @Test
    void shouldGiveAMaskThatHidesTheTokenAndTheAuthorizationHeader() {
        AccessToken token = AccessToken.of(TOKEN.toCharArray());

        SecretMask mask = token.addTo(SecretMask.builder()).build();

        assertThat(token.coveredBy(mask)).isTrue();
        assertThat(token.coveredBy(SecretMask.builder().add("other", "other-secret".toCharArray()).build())).isFalse();
        assertThat(mask.apply("proxy echoed Authorization: Bearer " + TOKEN + " and " + TOKEN))
                .isEqualTo("proxy echoed Authorization: Bearer **** and ****");
    }
}
