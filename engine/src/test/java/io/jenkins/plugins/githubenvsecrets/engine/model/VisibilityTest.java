package io.jenkins.plugins.githubenvsecrets.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisibilityTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({"all, ALL", "PRIVATE, PRIVATE", "' Selected ', SELECTED"})
    void shouldParseGitHubsWordsInAnyCase(String given, Visibility expected) {
        assertThat(Visibility.parse(given)).isEqualTo(expected);
        assertThat(Visibility.fromApiValue(expected.apiValue())).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"public", "internal", ""})
    void shouldRefuseOtherWordsNamingTheChoices(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> Visibility.parse(given))
                .withMessage("Visibility '" + given + "' is not known: use all, private, selected");
        assertThat(Visibility.fromApiValue(given)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALL", " all"})
    void shouldTakeAnswersOnlyAsGitHubWritesThem(String answered) {
        assertThat(Visibility.fromApiValue(answered)).isEmpty();
    }
}
