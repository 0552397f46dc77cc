package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoders that derive log forms of a secret agree with the JDK, Jackson, Gson and the shells. */
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
    @CsvSource(quoteCharacter = '`', delimiter = '|', value = {
        "s3cr3t",
        "a<b>&c='d'",
        "<script>alert('x')</script>",
        "päss wört 日本 😀 \u2028",
        "tab\tnew\nline \"q\" \\ a/b",
    })
    void shouldIncludeGsonsHtmlSafeEscapingAmongTheJsonForms(String value) {
        String json = new Gson().toJson(value);
        List<String> forms = new ArrayList<>();

        JsonEscaping.forEach(value.toCharArray(), escaped -> forms.add(new String(escaped)));

        assertThat(forms).contains(json.substring(1, json.length() - 1));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(quoteCharacter = '`', delimiter = '|', value = {
        "PHP         | päss/wört<&>       | p\\u00e4ss\\/w\\u00f6rt<&>",
        "PHP         | ctl\u0001x 😀       | ctl\\u0001x \\ud83d\\ude00",
        "GO          | a<b>&c='d'/\u2028  | a\\u003cb\\u003e\\u0026c='d'/\\u2028",
        "GSON        | a<b>&c='d'/é       | a\\u003cb\\u003e\\u0026c\\u003d\\u0027d\\u0027/é",
        "ASCII_UPPER | é/ü                | \\u00E9/\\u00FC",
    })
    void shouldEscapeAsEachSerializerDoes(JsonEscaping.Style style, String value, String expected) {
        char[] escaped = JsonEscaping.escape(value.toCharArray(), style);

        assertThat(new String(escaped)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(quoteCharacter = '`', delimiter = '|', value = {
        // value | bash set -x, without the outer quotes | ash set -x
        "it's    | it'\\''s                | it'\"'\"'s",
        "''a'    | '\\'''\\''a'\\''        | '\"''\"'a'\"'\"'",
    })
    void shouldQuoteSingleQuotesAsBashAndAshPrintThem(String value, String bash, String ash) {
        assertThat(shellForms(value)).containsExactly(bash, "'" + bash + "'", ash);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(quoteCharacter = '`', delimiter = ';', value = {
        "a\\b\\\\c\\   ; ab\\c",
        "pa$$w$rd      ; pa$$$$w$$rd",
        "a^b^^c^       ; ab^c",
        "a&b|c<d>(e)   ; a^&b^|c^<d^>^(e^)",
    })
    void shouldGiveEachShellEscapeItsForm(String value, String form) {
        assertThat(shellForms(value)).contains(form);
    }

    @Test
    void shouldBothConsumeAndAddCmdCarets() {
        assertThat(shellForms("x^&y")).containsExactly("x&y", "x^^^&y");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(quoteCharacter = '`', delimiter = ';', value = {
        "ghp_abcDEF1234567890",
        "plain value-1.0~*+:;,.?@[]{}!#%=\"/",
        "päss wört",
    })
    void shouldGiveNoShellFormsToAValueWithoutItsSpecialCharacters(String value) {
        assertThat(shellForms(value)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(quoteCharacter = '`', delimiter = ';', value = {
        "ghp_abcDEF1234567890",
        "AKIA-value_1.0~*+:,?@[]{}!#%",
    })
    void shouldCollectNoJsonOrShellFormsForAValueWithoutTheirSpecialCharacters(String value) {
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        expected.add(value);
        Base64Forms.forEach(raw, form -> expected.add(new String(form, StandardCharsets.US_ASCII)));
        PercentEncoding.forEach(raw, form -> expected.add(new String(form, StandardCharsets.US_ASCII)));
        SecretForms forms = new SecretForms();

        forms.addSecret(value.toCharArray());

        assertThat(forms.patterns()).extracting(pattern -> new String(pattern, StandardCharsets.UTF_8))
                .containsExactlyInAnyOrderElementsOf(expected.stream().distinct().toList());
    }

    private static List<String> shellForms(String value) {
        List<String> forms = new ArrayList<>();
        ShellForms.forEach(value.toCharArray(), form -> forms.add(new String(form)));
        return forms;
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
