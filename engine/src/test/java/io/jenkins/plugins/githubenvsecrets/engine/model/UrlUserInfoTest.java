package io.jenkins.plugins.githubenvsecrets.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a refused URL looks like in a message: no user info, no query, nothing else changed. */
class UrlUserInfoTest {
    private static final String TOKEN = "ghp_s3cr3tT0k3n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://x-access-token:ghp_s3cr3tT0k3n@ghe.example/api/v3 | https://****@ghe.example/api/v3",
        "https://u:p@ss/ghp_s3cr3tT0k3n@ghe.example/api/v3 | https://****@ghe.example/api/v3",
        "https://ghe.example/api/v3?access_token=ghp_s3cr3tT0k3n | https://ghe.example/api/v3?****",
        "https://ghe.example/api/v3#ghp_s3cr3tT0k3n | https://ghe.example/api/v3?****",
        "ghp_s3cr3tT0k3n@ghe.example/api/v3 | ****@ghe.example/api/v3",
        "u:ghp_s3cr3tT0k3n://x@github.com/a/b | ****@github.com/a/b",
        "https://ghe.example/api/v3 | https://ghe.example/api/v3",
    })
    void shouldHideUserInfoAndQuery(String url, String shown) {
        assertThat(UrlUserInfo.hidden(url)).isEqualTo(shown).doesNotContain(TOKEN);
    }
}
