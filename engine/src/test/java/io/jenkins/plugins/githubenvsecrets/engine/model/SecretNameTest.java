package io.jenkins.plugins.githubenvsecrets.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNameTest {
    @ParameterizedTest
    @CsvSource({
        "DEPLOY_KEY, DEPLOY_KEY",
        "deploy_key, DEPLOY_KEY",
        "_x, _X",
        "a1, A1",
        "Db_Password_2, DB_PASSWORD_2",
        "GITHUBX, GITHUBX",
        "MY_GITHUB_TOKEN, MY_GITHUB_TOKEN"
    })
    void shouldAcceptGitHubNamesAndStoreThemUpperCase(String given, String stored) {
        assertThat(SecretName.of(given).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1ABC", "A-B", "A B", "A.B", "Ä", "DEPLOY/KEY", "A\nB"})
    void shouldRejectCharactersGitHubDoesNotAllow(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> SecretName.of(given))
                .withMessageContaining(given)
                .withMessageContaining("letters, digits and '_'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GITHUB_TOKEN", "github_x", "GitHub_Anything"})
    void shouldRejectTheReservedPrefixInAnyCase(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> SecretName.of(given))
                .withMessageContaining("reserved");
    }

    @Test
    void shouldRejectEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> SecretName.of("")).withMessageContaining("empty");
    }

    @Test
    void shouldTreatNamesEqualIgnoringCaseAsTheSameSecret() {
        assertThat(SecretName.of("db_password")).isEqualTo(SecretName.of("DB_PASSWORD"))
                .hasSameHashCodeAs(SecretName.of("Db_Password"));
        assertThat(SecretName.of("A")).isNotEqualTo(SecretName.of("B"));
    }
}
