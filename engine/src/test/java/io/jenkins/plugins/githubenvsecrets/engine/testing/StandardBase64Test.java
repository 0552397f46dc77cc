package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardBase64Test {
    private static final Pattern OPENAPI = Pattern.compile(StandardBase64.OPENAPI_PATTERN);

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "AAAA, true", "AA==, true", "AAA=, true", "ab+/Cd9=, true", "AAAAAAAA, true",
        "'', false", "A===, false", "====, false", "AAAAA, false", "AA-_, false", "AB=A, false",
        "AAAA====, false", "' AAAA', false", "AA=, false",
    })
    void shouldAgreeWithTheOpenApiPattern(String value, boolean expected) {
        assertThat(StandardBase64.matches(value)).isEqualTo(expected);
        assertThat(OPENAPI.matcher(value).matches()).isEqualTo(expected);
    }

    @Test
    void shouldAgreeWithTheOpenApiPatternOnEveryShortString() {
        // A letter, a symbol of the alphabet, padding and a stranger: every arrangement up to eight characters.
        var symbols = new char[] {'A', '/', '=', '-'};
        var disagreements = new ArrayList<String>();
        var value = new StringBuilder();
        for (int length = 0; length <= 8; length++) {
            for (int code = 0; code < 1 << 2 * length; code++) {
                value.setLength(0);
                for (int i = 0; i < length; i++) {
                    value.append(symbols[code >> 2 * i & 3]);
                }
                if (StandardBase64.matches(value.toString()) != OPENAPI.matcher(value).matches()) {
                    disagreements.add(value.toString());
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void shouldCheckAValueOfGitHubsMaximumSizeWithoutRecursion() {
        var sealedMaximum = Base64.getEncoder().encodeToString(new byte[48 * 1024 + 48]);

        assertThat(StandardBase64.matches(sealedMaximum)).isTrue();
        assertThat(StandardBase64.matches(sealedMaximum + "=")).isFalse();
    }
}
