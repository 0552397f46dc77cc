package io.jenkins.plugins.githubenvsecrets.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryReferenceTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "acme/web, acme, web, -",
        " acme/web.js , acme, web.js, -",
        "https://github.com/acme/web, acme, web, github.com",
        "https://github.com/acme/web.git, acme, web, github.com",
        "https://github.com/acme/web/, acme, web, github.com",
        "https://ghe.example.com/acme/web, acme, web, ghe.example.com",
        "https://ghe.example.com:8443/acme/web.git, acme, web, ghe.example.com:8443",
        "https://octo.ghe.com/acme/web, acme, web, octo.ghe.com",
        "git@github.com:acme/web.git, acme, web, github.com",
        "ssh://git@ghe.example.com/acme/web.git, acme, web, ghe.example.com",
        "my-org/my_repo-2, my-org, my_repo-2, -"
    })
    void shouldReadOwnerNameAndHost(String text, String owner, String name, String host) {
        RepositoryReference reference = RepositoryReference.parse(text);

        assertThat(reference.coordinates()).contains(new RepositoryCoordinates(owner, name));
        assertThat(reference.webHost().orElse(null)).isEqualTo(host);
        assertThat(reference.id()).isEmpty();
    }

    @Test
    void shouldReadNumericIds() {
        RepositoryReference reference = RepositoryReference.parse("123456789");

        assertThat(reference.id()).hasValue(123456789L);
        assertThat(reference.coordinates()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "acme", "acme/web/extra", "/web", "acme/", "-acme/web", "acme/we b", "acme/..",
        "ftp://github.com/acme/web", "https://github.com/acme", "https://github.com/acme/web/tree/main",
        "https://github.com/acme/web?tab=1", "0", "https://"})
    void shouldRejectWhatIsNoRepository(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryReference.parse(text))
                .withMessageContaining("epositor");
    }

    @Test
    void shouldNeverRepeatATokenGivenAsUserInfo() {
        String text = "https://x-access-token:ghp_SECRETTOKEN123@github.com/acme/web";

        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryReference.parse(text))
                .satisfies(e -> assertThat(e.toString()).doesNotContain("ghp_SECRETTOKEN123").contains("****@"));
        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryReference.parse(
                "https://ghp_SECRETTOKEN123@github.com/a b/%%"))
                .satisfies(e -> assertThat(e).hasNoCause().message().doesNotContain("ghp_SECRETTOKEN123"));
        // A password may hold '@' and '/': all of it stays hidden.
        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryReference.parse(
                "https://x:ghp_SECRETTOKEN123@p/w@github.com/acme/web"))
                .satisfies(e -> assertThat(e.toString()).doesNotContain("SECRETTOKEN").doesNotContain("p/w")
                        .contains("'https://****@github.com/acme/web'"));
    }

    /** Without a proper scheme the text is no URL, but may still carry a token: it is never repeated either. */
    @ParameterizedTest
    @ValueSource(strings = {"x-access-token:ghp_SECRETTOKEN123@github.com/acme/web", "ghp_SECRETTOKEN123@github.com/acme",
        "https:/u:ghp_SECRETTOKEN123@github.com/acme/web", "u:ghp_SECRETTOKEN123://x@github.com/acme/web"})
    void shouldNeverRepeatATokenOutsideAUrl(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryReference.parse(text))
                .satisfies(e -> assertThat(e).hasNoCause().message().doesNotContain("SECRETTOKEN")
                        .contains("****@github.com/acme"));
    }

    @Test
    void shouldCompareCoordinatesIgnoringCase() {
        assertThat(new RepositoryCoordinates("Acme", "Web")).isEqualTo(new RepositoryCoordinates("acme", "web"))
                .hasSameHashCodeAs(new RepositoryCoordinates("ACME", "WEB"));
        assertThat(new RepositoryCoordinates("Acme", "Web")).hasToString("Acme/Web");
    }
}
