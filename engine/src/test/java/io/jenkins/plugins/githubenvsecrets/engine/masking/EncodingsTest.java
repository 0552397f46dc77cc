package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoders that derive log forms of a secret agree with the JDK and Jackson. */
class EncodingsTest {
    @Property(tries = 200)
    void shouldEncodeUtf8LikeTheJdk(@ForAll String text) {
        assertThat(Utf8.encode(text.toCharArray())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "s3cr3t",
        "with \"quotes\" and \\ backslash",
        "tab\tnew\nline\rreturn",
        "control \u0001\u001f chars",
        "päss wört 日本 😀",
        "a/b",
    })
    void shouldIncludeJacksonsEscapingAmongTheJsonForms(String value) throws JsonProcessingException {
        String json = new ObjectMapper().writeValueAsString(value);
        List<String> forms = new ArrayList<>();

        JsonEscaping.forEach(value.toCharArray(), escaped -> forms.add(new String(escaped)));

        assertThat(forms).contains(json.substring(1, json.length() - 1));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "päss/wört   | p\\u00e4ss\\/w\\u00f6rt",
        "ctl\u0001x  | ctl\\u0001x",
    })
    void shouldEscapeSlashesAndNonAsciiWhenAsked(String value, String expected) {
        char[] escaped = JsonEscaping.escape(value.toCharArray(), "0123456789abcdef".toCharArray(), true, true);

        assertThat(new String(escaped)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "plain-value_1.0  | plain-value_1.0  | plain-value_1.0",
        "a b*c~d/e+f      | a%20b%2Ac~d%2Fe%2Bf | a+b*c%7Ed%2Fe%2Bf",
        "pässwört         | p%C3%A4ssw%C3%B6rt | p%C3%A4ssw%C3%B6rt",
    })
    void shouldPercentEncodeAsRfc3986AndAsForms(String value, String rfc3986, String form) {
        List<String> forms = new ArrayList<>();

        PercentEncoding.forEach(value.getBytes(StandardCharsets.UTF_8),
                encoded -> forms.add(new String(encoded, StandardCharsets.US_ASCII)));

        assertThat(forms).containsExactly(rfc3986, lowerHex(rfc3986), form);
        assertThat(form).isEqualTo(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String lowerHex(String percentEncoded) {
        StringBuilder lower = new StringBuilder(percentEncoded);
        for (int i = percentEncoded.indexOf('%'); i >= 0; i = percentEncoded.indexOf('%', i + 1)) {
            lower.replace(i + 1, i + 3, percentEncoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
        }
        return lower.toString();
    }

    @ParameterizedTest(name = "[{index}] {0} bytes before")
    @CsvSource({"0", "1", "2", "3", "4", "5"})
    void shouldFindTheStableBase64PartAtEveryAlignment(int before) {
        byte[] value = "s3cr3t?value>~".getBytes(StandardCharsets.UTF_8);
        List<String> forms = new ArrayList<>();
        Base64Forms.forEach(value, form -> forms.add(new String(form, StandardCharsets.US_ASCII)));
        for (int after = 0; after < 3; after++) {
            byte[] input = new byte[before + value.length + after];
            Arrays.fill(input, (byte) 0xA5);
            System.arraycopy(value, 0, input, before, value.length);
            for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                String encoded = encoder.encodeToString(input);
                int first = (8 * before + 5) / 6;
                int last = 8 * (before + value.length) / 6;

                assertThat(forms).contains(encoded.substring(first, last));
                if (after == 0) {
                    assertThat(forms).contains(encoded.substring(first));
                    assertThat(forms).contains(encoder.withoutPadding().encodeToString(input).substring(first));
                }
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "single                       | single",
        "'  padded  '                 | padded",
        "'one\ntwo\r\nthree\n'        | one,two,three",
        "'\n\n  \r\nonly\n\n'         | only",
        "'a\rb'                       | a,b",
    })
    void shouldSplitIntoTrimmedNonBlankLines(String value, String expected) {
        List<String> lines = new ArrayList<>();

        SecretLines.split(value.toCharArray()).forEach(line -> lines.add(new String(line)));

        assertThat(lines).containsExactly(expected.split(","));
    }
}
