package io.jenkins.plugins.githubenvsecrets.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryCoordinatesTest {
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "acme, web",
        "a, b",
        "Acme-Corp, my.repo_name-2",
        "acme-, web",
        "123456789012345678901234567890123456789, r",
        "o, .github",
        "o, ...",
        "o, a..b",
    })
    void shouldAcceptGitHubNames(String owner, String name) {
        assertThat(new RepositoryCoordinates(owner, name)).hasToString(owner + "/" + name);
    }

    @ParameterizedTest(name = "[{0}]/[{1}]")
    @CsvSource({
        "'', web, owner",
        "ac me, web, owner",
        "-acme, web, owner",
        "acme_corp, web, owner",
        "acme.corp, web, owner",
        "1234567890123456789012345678901234567890, web, owner",
        "acme, '', name",
        "acme, ., name",
        "acme, .., name",
        "acme, my repo, name",
        "acme, a/b, name",
        "acme, café, name",
    })
    void shouldRefuseNamesGitHubDoesNotAllow(String owner, String name, String part) {
        assertThatThrownBy(() -> new RepositoryCoordinates(owner, name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Repository " + part)
                .hasMessageContaining("'" + (part.equals("owner") ? owner : name) + "'");
    }

    @Test
    void shouldRefuseMissingParts() {
        assertThatThrownBy(() -> new RepositoryCoordinates(null, "web")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepositoryCoordinates("acme", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseNameLongerThan100() {
        assertThat(new RepositoryCoordinates("o", "r".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> new RepositoryCoordinates("o", "r".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCompareIgnoringCaseLikeGitHub() {
        RepositoryCoordinates lower = new RepositoryCoordinates("acme", "web");
        RepositoryCoordinates mixed = new RepositoryCoordinates("ACME", "Web");

        assertThat(lower).isEqualTo(mixed).hasSameHashCodeAs(mixed);
        assertThat(lower).isNotEqualTo(new RepositoryCoordinates("acme", "web2"));
        assertThat(mixed).hasToString("ACME/Web");
    }
}
