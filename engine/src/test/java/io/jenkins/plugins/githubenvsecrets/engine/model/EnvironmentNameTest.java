package io.jenkins.plugins.githubenvsecrets.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"production", "a", "team/prod", "prod eu", "Prödüktiön 🔐", "a%2Fb"})
    void shouldKeepNamesGitHubAllowsAsGiven(String given) {
        assertThat(EnvironmentName.of(given).value()).isEqualTo(given);
    }

    @Test
    void shouldAcceptExactly255CharactersAndRejectMore() {
        assertThat(EnvironmentName.of("e".repeat(255)).value()).hasSize(255);
        assertThat(EnvironmentName.of("🔐".repeat(255)).value()).hasSize(510);
        assertThatIllegalArgumentException().isThrownBy(() -> EnvironmentName.of("e".repeat(256)))
                .withMessageContaining("256 characters").withMessageContaining("at most 255");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " production", "production ", "prod\tuction", "prod\nuction"})
    void shouldRejectBlankPaddedOrControlCharacters(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> EnvironmentName.of(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void shouldRejectNamesThatAPathCannotAddress(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> EnvironmentName.of(given))
                .withMessageContaining("'" + given + "'").withMessageContaining("cannot be used");
    }

    @Test
    void shouldCompareIgnoringCaseLikeGitHub() {
        assertThat(EnvironmentName.of("Production")).isEqualTo(EnvironmentName.of("production"))
                .hasSameHashCodeAs(EnvironmentName.of("PRODUCTION"));
        assertThat(EnvironmentName.of("Production").toString()).isEqualTo("Production");
    }
}
