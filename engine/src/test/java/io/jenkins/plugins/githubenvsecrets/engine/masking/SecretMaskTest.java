package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskTest {
    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "''",
        "x",
        "xy",
        "'   '",
        "' \n\t '",
    })
    void shouldSkipValuesTooShortOrBlankAndNameOnlyTheirLabels(String value) {
        SecretMask mask = SecretMask.builder()
                .add("DEPLOY_PIN", value.toCharArray())
                .add("API_TOKEN", "tok3n-value".toCharArray())
                .build();

        assertThat(mask.skippedLabels()).containsExactly("DEPLOY_PIN");
        assertThat(mask.apply("pin=" + value + " token=tok3n-value")).isEqualTo("pin=" + value + " token=****");
    }

    @Test
    void shouldMaskAValueOfExactlyTheMinimumLength() {
        SecretMask mask = SecretMask.builder().add("PIN", "x9z".toCharArray()).build();

        assertThat(mask.skippedLabels()).isEmpty();
        assertThat(mask.apply("pin x9z!")).isEqualTo("pin ****!");
    }

    @Test
    void shouldBeAPassThroughWithoutSecrets() {
        SecretMask mask = SecretMask.builder().build();

        assertThat(mask.isEmpty()).isTrue();
        assertThat(mask.patternCount()).isZero();
        assertThat(mask.apply("plain text")).isEqualTo("plain text");
        assertThat(SecretMask.builder().add("SHORT", "ab".toCharArray()).build().isEmpty()).isTrue();
    }

    @Test
    void shouldKeepItsOwnCopyOfEachValue() {
        char[] value = "original-secret".toCharArray();
        SecretMask.Builder builder = SecretMask.builder().add("S", value);
        Arrays.fill(value, 'x');

        SecretMask mask = builder.build();

        assertThat(mask.apply("original-secret xxxxxxxxxxxxxxx")).isEqualTo("**** xxxxxxxxxxxxxxx");
    }

    @Test
    void shouldBeEmptyAfterBuilding() {
        SecretMask.Builder builder = SecretMask.builder().add("FIRST", "first-secret".toCharArray());
        builder.build();

        SecretMask second = builder.add("SECOND", "second-secret".toCharArray()).build();

        assertThat(second.apply("first-secret second-secret")).isEqualTo("first-secret ****");
    }

    @Test
    void shouldNeverShowAValueInItsDescription() {
        SecretMask mask = SecretMask.builder().add("TOKEN", "hunter2-secret".toCharArray())
                .add("PIN", "12".toCharArray()).build();

        assertThat(mask.toString()).contains("PIN").doesNotContain("hunter2").doesNotContain("12]");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "plain          | s3cr3t/value+x | curl -u s3cr3t/value+x host         | curl -u **** host",
        "base64 std     | s3cr3t/value+x | Basic czNjcjN0L3ZhbHVlK3g=          | Basic ****",
        "url percent    | s3cr3t/value+x | ?p=s3cr3t%2Fvalue%2Bx&q            | ?p=****&q",
        "url lower hex  | s3cr3t/value+x | ?p=s3cr3t%2fvalue%2bx&q            | ?p=****&q",
        "json           | say \"hi\"\\now | {\"v\":\"say \\\"hi\\\"\\\\now\"}  | {\"v\":\"****\"}",
        "json slash     | a/b/c/d        | {\"v\":\"a\\/b\\/c\\/d\"}          | {\"v\":\"****\"}",
        "json unicode   | pässwört       | {\"v\":\"p\\u00e4ssw\\u00f6rt\"}    | {\"v\":\"****\"}",
        "json upper     | pässwört       | {\"v\":\"p\\u00E4ssw\\u00F6rt\"}    | {\"v\":\"****\"}",
        "form encoded   | a b*c~d        | q=a+b*c%7Ed&                       | q=****&",
    })
    void shouldMaskCommonEncodedForms(String form, String secret, String text, String expected) {
        SecretMask mask = SecretMask.builder().add(form, secret.toCharArray()).build();

        assertThat(mask.apply(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(quoteCharacter = '`', delimiter = ';', value = {
        "bash set -x     ; it's-s3cret  ; + curl -u 'it'\\''s-s3cret' host          ; + curl -u **** host",
        "bash in a word  ; it's-s3cret  ; + curl -u 'user:it'\\''s-s3cret' host     ; + curl -u 'user:****' host",
        "ash set -x      ; it's-s3cret  ; + curl -u 'it'\"'\"'s-s3cret' host        ; + curl -u '****' host",
        "quoted plain    ; plain-s3cret ; + curl -u 'plain-s3cret' host             ; + curl -u '****' host",
        "backslashes     ; back\\slash\\\\x ; token=backslash\\x!                    ; token=****!",
        "dollars         ; pa$word-1    ; PASS=pa$$word-1 make                      ; PASS=**** make",
        "cmd carets gone ; a^b^^c-key   ; set KEY=ab^c-key                          ; set KEY=****",
        "cmd carets      ; p&w|d<1>(x)  ; echo p^&w^|d^<1^>^(x^)                    ; echo ****",
        "go json         ; a<b>&c-key   ; {\"k\":\"a\\u003cb\\u003e\\u0026c-key\"}   ; {\"k\":\"****\"}",
        "gson json       ; x='y'&z      ; {\"k\":\"x\\u003d\\u0027y\\u0027\\u0026z\"} ; {\"k\":\"****\"}",
        "php json        ; päss/wört    ; {\"k\":\"p\\u00e4ss\\/w\\u00f6rt\"}        ; {\"k\":\"****\"}",
    })
    void shouldMaskShellAndHtmlSafeJsonFormsThroughAStream(String form, String secret, String text, String expected)
            throws IOException {
        SecretMask mask = SecretMask.builder().add(form, secret.toCharArray()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        try (MaskingOutputStream masking = mask.wrap(out)) {
            for (byte b : bytes) {
                masking.write(b);
            }
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void shouldMaskEveryFormOfAValueHoldingEveryTriggeringCharacter() {
        String secret = "it's$a^b&c<d>=e\\f/g";
        SecretMask mask = SecretMask.builder().add("ALL", secret.toCharArray()).build();
        String gson = new Gson().toJson(secret);
        List<String> printed = List.of(
                "'" + secret.replace("'", "'\\''") + "'",
                secret.replace("'", "'\"'\"'"),
                secret.replace("$", "$$"),
                secret.replace("\\", ""),
                secret.replace("^", ""),
                secret.replaceAll("([\\^&|<>()])", "^$1"),
                gson.substring(1, gson.length() - 1),
                "it's$a^b\\u0026c\\u003cd\\u003e=e\\\\f/g",
                "it's$a^b&c<d>=e\\\\f\\/g");

        for (String form : printed) {
            assertThat(mask.apply("[" + form + "]")).as(form).isEqualTo("[****]");
        }
    }

    @Test
    void shouldMaskEveryLineOfAPrivateKey() {
        String key = privateKey();
        SecretMask mask = SecretMask.builder().add("DEPLOY_KEY", key.toCharArray()).build();
        List<String> lines = key.lines().filter(l -> !l.isBlank()).toList();
        StringBuilder log = new StringBuilder("+ cat id_rsa\n").append(key)
                .append("+ echo key with CRLF\n").append(key.replace("\n", "\r\n"))
                .append("{\"key\":\"").append(key.replace("\n", "\\n")).append("\"}\n")
                .append("indented:\n");
        for (String line : lines) {
            log.append("    ").append(line).append('\n');
        }
        log.append("line 3 alone: ").append(lines.get(3)).append(" done\n");

        String masked = mask.apply(log.toString());

        for (String line : lines) {
            assertThat(masked).doesNotContain(line);
        }
        assertThat(masked).startsWith("+ cat id_rsa\n****").contains("+ echo key with CRLF\n****")
                .contains("{\"key\":\"****\"}").contains("line 3 alone: **** done\n")
                .doesNotContain("BEGIN").doesNotContain("END");
    }

    private static String privateKey() {
        byte[] body = new byte[900];
        new SecureRandom().nextBytes(body);
        String encoded = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(body);
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + encoded + "\n-----END OPENSSH PRIVATE KEY-----\n";
    }
}
