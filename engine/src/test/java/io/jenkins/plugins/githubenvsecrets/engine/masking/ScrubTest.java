package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings.base64At;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings.htmlDecimal;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings.jsonEscapeEvery;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings.jsonEscapeMixed;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings.percentEncode;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings.percentEncodeEvery;
import static io.jenkins.plugins.githubenvsecrets.engine.testing.Encodings.wrapped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text a server sent, scrubbed of the token and the values however it encodes them, and otherwise kept readable.
 */
class ScrubTest {
    private static final String TOKEN = "ghp_ScrubCanary7Zq9XwVt3Rb8Kp2Nd5Mf1Hs4";
    private static final String VALUE = "s3cr3t-välue/with+specials&more";
    private static final SecretMask MASK = SecretMask.builder().add("GitHub token", TOKEN.toCharArray())
            .add("API_KEY", VALUE.toCharArray()).build();

    @Test
    void shouldKeepGitHubsWordsAndMaskTheValueItQuotes() {
        String scrubbed = MASK.scrub("Validation Failed: value '" + VALUE + "' is not allowed");

        assertThat(scrubbed).isEqualTo("Validation Failed: value '****' is not allowed");
    }

    @Test
    void shouldLeaveTextWithoutSecretsAsItIsEscapesIncluded() {
        String text = "<p>Bad &amp; worse: 100%25 \\u0041 \\n done</p>";

        assertThat(MASK.scrub(text)).isEqualTo(text);
    }

    static Stream<Arguments> echoes() {
        return Stream.of(
                Arguments.of("every character JSON-escaped, lower hex", (UnaryOperator<String>) s -> jsonEscapeEvery(s, false)),
                Arguments.of("every character JSON-escaped, upper hex", (UnaryOperator<String>) s -> jsonEscapeEvery(s, true)),
                Arguments.of("escaped and plain mixed", (UnaryOperator<String>) s -> jsonEscapeMixed(s)),
                Arguments.of("every byte percent-encoded", (UnaryOperator<String>) s -> percentEncodeEvery(s)),
                Arguments.of("percent-encoded", (UnaryOperator<String>) s -> percentEncode(s)),
                Arguments.of("HTML character references", (UnaryOperator<String>) s -> htmlDecimal(s)),
                Arguments.of("percent-encoded JSON escapes", (UnaryOperator<String>) s -> percentEncode(jsonEscapeEvery(s, false))),
                Arguments.of("JavaScript \\x escapes", (UnaryOperator<String>) s -> s.chars()
                        .mapToObj(c -> c < 0x100 ? String.format("\\x%02x", c) : String.valueOf((char) c))
                        .reduce("", String::concat)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("echoes")
    void shouldHideTheTokenAndTheValueInAnHtmlPageThatEchoesThem(String how, UnaryOperator<String> encode) {
        String page = "<html><body><h1>502 Bad Gateway</h1><p>upstream said: Authorization: Bearer "
                + encode.apply(TOKEN) + " for value " + encode.apply(VALUE) + "</p></body></html>";

        String scrubbed = MASK.scrub(page);

        Leaks.assertNoSecretIn(scrubbed, TOKEN, VALUE);
        assertThat(scrubbed).contains("502 Bad Gateway", "upstream said: Authorization: Bearer ****", "for value ****");
    }

    @ParameterizedTest(name = "[{index}] {0} bytes before")
    @ValueSource(ints = {0, 1, 2})
    void shouldHideBase64OfTheAuthorizationHeaderAtEachAlignment(int alignment) {
        for (String header : List.of("Bearer " + TOKEN, "token " + TOKEN)) {
            String text = "debug: " + base64At(header, alignment) + " (the header, base64)";

            String scrubbed = MASK.scrub(text);

            Leaks.assertNoSecretIn(scrubbed, TOKEN);
            assertThat(scrubbed).startsWith("debug: ").contains("****").endsWith(" (the header, base64)");
        }
    }

    @ParameterizedTest(name = "[{index}] {0} bytes before")
    @ValueSource(ints = {0, 1, 2})
    void shouldHideBase64OfAValueAtEachAlignment(int alignment) {
        String scrubbed = MASK.scrub("payload " + base64At(VALUE, alignment));

        Leaks.assertNoSecretIn(scrubbed, VALUE);
        assertThat(scrubbed).startsWith("payload ").contains("****");
    }

    @Test
    void shouldWithholdATextWhoseSecretOnlyShowsWithWhiteSpaceRemoved() {
        String text = "certificate:\n" + wrapped(base64At("Bearer " + TOKEN, 1), 7) + "end";

        assertThat(MASK.scrub(text)).isEqualTo(SecretMask.WITHHELD);
    }

    @Test
    void shouldWithholdATextThatStillHidesASecretOnceShownDecoded() {
        // Decoding once shows the token; decoding once more would show the value: no reading is fit to show.
        String text = "a " + jsonEscapeEvery(TOKEN, false) + " b " + percentEncodeEvery(percentEncodeEvery(VALUE));

        String scrubbed = MASK.scrub(text);

        Leaks.assertNoSecretIn(scrubbed, TOKEN, VALUE);
    }

    /**
     * An escape that never ends (an HTML reference without its semicolon, a braced backslash-u escape without its
     * closing brace) is looked at only as far as such an escape can reach, not to the end of the text, so a server's
     * answer full of them is scrubbed in one pass. Looked at to the end each time, 4 MiB of them took minutes; in one
     * pass they take about a second, so the bound holds on a loaded machine and fails only work that grows with the
     * square of the text.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"&", "\\u{"})
    void shouldScrubEscapesThatNeverEndInOnePass(String unended) {
        String text = unended.repeat(4 * 1024 * 1024 / unended.length()) + TOKEN;

        String scrubbed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> MASK.scrub(text));

        assertThat(scrubbed).hasSize(text.length() - TOKEN.length() + 4).endsWith(unended + "****");
    }

    @Test
    void shouldScrubTheMessagesOfAnExceptionChain() {
        IOException cause = new IOException("unexpected status line: HTTP/1.1 502 " + jsonEscapeMixed(TOKEN));
        UncheckedIOException failure = new UncheckedIOException("request failed", cause);

        MaskedException scrubbed = MASK.scrub(failure);

        Leaks.assertNoSecretIn(scrubbed, TOKEN);
        assertThat(scrubbed.getCause()).hasMessage("unexpected status line: HTTP/1.1 502 ****");
        assertThat(scrubbed.getOriginalClassName()).isEqualTo(UncheckedIOException.class.getName());
    }

    @Test
    void shouldSayWhetherItCoversAValue() {
        assertThat(MASK.covers(TOKEN.toCharArray())).isTrue();
        assertThat(MASK.covers(VALUE.toCharArray())).isTrue();
        assertThat(MASK.covers("another-value".toCharArray())).isFalse();
        assertThat(MASK.covers(TOKEN.substring(0, 20).toCharArray())).as("a part of a secret").isFalse();
        assertThat(MASK.covers((TOKEN + "x").toCharArray())).as("more than a secret").isFalse();
        assertThat(MASK.covers("ab".toCharArray())).as("too short for any mask").isTrue();
        assertThat(SecretMask.empty().covers("another-value".toCharArray())).isFalse();
    }

    @Test
    void shouldLeaveTextAsItIsWithoutSecrets() {
        assertThat(SecretMask.empty().scrub("\\u0067 anything")).isEqualTo("\\u0067 anything");
    }

    /** Whatever a server sends, scrubbing ends: no escape, however broken, makes it throw. */
    @Property(tries = 300)
    void shouldNeverThrowAndNeverShowASecret(@ForAll String noise, @ForAll boolean escaped) {
        String text = noise + (escaped ? jsonEscapeMixed(TOKEN) : TOKEN) + noise + "\\u12" + "%G" + "&#99999999999;"
                + "\\u{110000}" + "&#x;";

        String scrubbed = MASK.scrub(text);

        assertThat(scrubbed).doesNotContain(TOKEN);
        assertThat(Decodings.of(scrubbed)).noneMatch(reading -> reading.contains(TOKEN));
    }
}
