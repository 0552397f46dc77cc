package io.jenkins.plugins.githubenvsecrets.engine.masking;

import static org.assertj.core.api.Assertions.assertThat;

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
