package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkHeaderTest {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "<https://api.github.com/r?page=2>; rel=\"next\", <https://api.github.com/r?page=5>; rel=\"last\""
            + " | https://api.github.com/r?page=2",
        "<https://api.github.com/r?page=1>; rel=\"prev\", <https://api.github.com/r?page=3>; rel=\"next\""
            + " | https://api.github.com/r?page=3",
        "<https://a.example/r?page=3>;rel=next                          | https://a.example/r?page=3",
        "<https://a.example/r?page=4>; rel=\"last next\"                | https://a.example/r?page=4",
        "<https://a.example/r?page=1>; rel=\"first\", <https://a.example/r?page=2>; rel=\"prev\" | NONE",
        "<https://a.example/r?page=9>; rel=\"nextish\"                  | NONE",
        "<<https://a.example/r?page=2>; rel=\"next\"                   | https://a.example/r?page=2",
        "''                                                             | NONE",
        "NONE                                                           | NONE",
    })
    void shouldFindTheNextPage(String header, String next) {
        assertThat(LinkHeader.next(header).orElse(null)).isEqualTo(next);
    }
}
