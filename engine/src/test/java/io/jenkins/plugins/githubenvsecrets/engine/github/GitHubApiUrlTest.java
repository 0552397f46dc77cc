package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubApiUrlTest {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "https://api.github.com                 | https://api.github.com",
        "https://api.github.com/                | https://api.github.com",
        "HTTPS://API.GitHub.COM                 | https://api.github.com",
        "'  https://api.github.com  '           | https://api.github.com",
        "https://ghe.example.com/api/v3         | https://ghe.example.com/api/v3",
        "https://ghe.example.com/api/v3/        | https://ghe.example.com/api/v3",
        "https://ghe.example.com:8443/api/v3    | https://ghe.example.com:8443/api/v3",
        "https://api.acme.ghe.com               | https://api.acme.ghe.com",
        "http://localhost:8080                  | http://localhost:8080",
        "http://127.0.0.1:5000/api/v3           | http://127.0.0.1:5000/api/v3",
        "http://127.42.0.7                      | http://127.42.0.7",
        "http://[::1]:9000/                     | http://[::1]:9000",
    })
    void shouldAcceptApiUrls(String input, String expected) {
        GitHubApiUrl url = GitHubApiUrl.parse(input);

        assertThat(url).hasToString(expected);
        assertThat(url).isEqualTo(GitHubApiUrl.parse(expected)).hasSameHashCodeAs(GitHubApiUrl.parse(expected));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "http://api.github.com                  | must use https",
        "http://ghe.example.com/api/v3          | must use https",
        "http://localhost.evil.example          | must use https",
        "http://128.0.0.1                       | must use https",
        "http://10.0.0.1/api/v3                 | must use https",
        "ftp://api.github.com                   | not an http(s) URL",
        "api.github.com                         | not an http(s) URL",
        "''                                     | not an http(s) URL",
        "https://github.com                     | https://api.github.com",
    })
    void shouldRefuseUnsafeOrMalformedUrls(String input, String reason) {
        assertThatThrownBy(() -> GitHubApiUrl.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining(reason);
    }

    /** A query may hold a token ({@code ?access_token=}): the message shows neither it nor the fragment. */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "https://api.github.com/?access_token=ghp_QueryToken0123 | 'https://api.github.com/?****'",
        "https://api.github.com?                                | 'https://api.github.com?****'",
        "https://api.github.com/#ghp_QueryToken0123             | 'https://api.github.com/?****'",
    })
    void shouldRefuseAQueryOrFragmentWithoutRepeatingIt(String input, String shown) {
        assertThatThrownBy(() -> GitHubApiUrl.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(shown)
                .hasMessageContaining("query ('?') or fragment ('#')")
                .hasMessageNotContaining("ghp_QueryToken0123");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "https://x-access-token:ghp_UserInfoToken0123@ghe.example/api/v3 | https://****@ghe.example/api/v3",
        "https://ghp_UserInfoToken0123@api.github.com                    | https://****@api.github.com",
        "https://x:ghp_UserInfoToken0123@p@ss@api.github.com/            | https://****@api.github.com/",
        "https://x:ghp_UserInfoToken0123/x@api.github.com                | https://****@api.github.com",
        "'  https://u:ghp_UserInfoToken0123@ghe.example '                 | '  https://****@ghe.example '",
        "htps://u:ghp_UserInfoToken0123@ghe.example                      | htps://****@ghe.example",
    })
    void shouldRefuseUserInfoWithoutRepeatingIt(String input, String shown) {
        assertThatThrownBy(() -> GitHubApiUrl.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + shown + "'")
                .hasNoCause()
                .satisfies(e -> assertThat(e.toString()).doesNotContain("ghp_UserInfoToken0123")
                        .doesNotContain("p@ss"));
    }

    @Test
    void shouldNotRepeatUserInfoGivenAsAWebHost() {
        assertThatThrownBy(() -> GitHubApiUrl.forWebHost("x:ghp_UserInfoToken0123@github.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'****@github.com'")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("ghp_UserInfoToken0123"));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "github.com                 | https://api.github.com",
        "GitHub.com                 | https://api.github.com",
        "acme.ghe.com               | https://api.acme.ghe.com",
        "ghe.example.com            | https://ghe.example.com/api/v3",
        "ghe.example.com:8443       | https://ghe.example.com:8443/api/v3",
        "git.example.org            | https://git.example.org/api/v3",
    })
    void shouldDeriveApiUrlFromWebHost(String host, String expected) {
        assertThat(GitHubApiUrl.forWebHost(host)).hasToString(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "https://github.com", "github.com/acme", "git hub.com"})
    void shouldRefuseWebHostsThatAreNoHostName(String host) {
        assertThatThrownBy(() -> GitHubApiUrl.forWebHost(host))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + host + "'");
    }

    @Test
    void shouldRefuseAWebHostWithAQueryWithoutRepeatingIt() {
        assertThatThrownBy(() -> GitHubApiUrl.forWebHost("github.com?token=x1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'github.com?****'")
                .hasMessageNotContaining("x1");
    }

    @Test
    void shouldNameGitHubComConstantAsItsUrl() {
        assertThat(GitHubApiUrl.GITHUB_COM).isEqualTo(GitHubApiUrl.parse("https://api.github.com/"));
        assertThat(GitHubApiUrl.GITHUB_COM.httpUrl()).isEqualTo(HttpUrl.get("https://api.github.com/"));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', value = {
        "https://api.github.com          | prod/eu      | https://api.github.com/repos/prod%2Feu",
        "https://api.github.com/         | blue green   | https://api.github.com/repos/blue%20green",
        "https://ghe.example.com/api/v3  | café         | https://ghe.example.com/api/v3/repos/caf%C3%A9",
        "https://ghe.example.com/api/v3/ | a?b#c        | https://ghe.example.com/api/v3/repos/a%3Fb%23c",
        "https://api.github.com          | 100%         | https://api.github.com/repos/100%25",
        "https://api.github.com          | ...          | https://api.github.com/repos/...",
    })
    void shouldAppendEachNameAsOneEncodedSegment(String base, String name, String expected) {
        assertThat(GitHubApiUrl.parse(base).resolve("repos", name).build()).hasToString(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", ".", ".."})
    void shouldRefuseNamesThatWouldChangeThePath(String name) {
        assertThatThrownBy(() -> GitHubApiUrl.GITHUB_COM.resolve("repos", name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "https://ghe.example.com/api/v3 | https://ghe.example.com/api/v3/repos/a/b?page=2  | true",
        "https://ghe.example.com/api/v3 | https://ghe.example.com/api/v4/repos/a/b         | false",
        "https://ghe.example.com/api/v3 | https://ghe.example.com/api/v3x/repos            | false",
        "https://ghe.example.com/api/v3 | http://ghe.example.com/api/v3/repos/a/b          | false",
        "https://ghe.example.com/api/v3 | https://ghe.example.com:444/api/v3/repos/a/b     | false",
        "https://api.github.com         | https://api.github.com/repositories/1?page=3     | true",
        "https://api.github.com         | https://api.github.com.evil.example/repos/a/b    | false",
    })
    void shouldTellWhetherALinkStaysInsideTheApi(String base, String link, boolean inside) {
        assertThat(GitHubApiUrl.parse(base).contains(HttpUrl.get(link))).isEqualTo(inside);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "https://api.github.com                  | https://api.github.com/graphql",
        "https://ghe.example.com/api/v3          | https://ghe.example.com/api/graphql",
        "https://ghe.example.com:8443/api/v3/    | https://ghe.example.com:8443/api/graphql",
        "https://ghe.example.com/github/api/v3   | https://ghe.example.com/github/api/graphql",
        "https://api.acme.ghe.com                | https://api.acme.ghe.com/graphql",
        "http://127.0.0.1:5000                   | http://127.0.0.1:5000/graphql",
        "https://gh.example.com/custom%20base    | https://gh.example.com/custom%20base/graphql",
    })
    void shouldPlaceGraphQlBesideTheRestApiOnTheSameServer(String base, String graphQl) {
        GitHubApiUrl api = GitHubApiUrl.parse(base);

        HttpUrl url = api.graphQlUrl();

        assertThat(url).hasToString(graphQl);
        assertThat(api.sameOrigin(url)).isTrue();
    }
}
