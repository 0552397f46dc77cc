package io.jenkins.plugins.githubenvsecrets.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article before a credential type's name, as problems say it: by the sound the name starts with. */
class IndefiniteArticleTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SSH Username with private key | an SSH Username with private key",
        "Secret text                   | a Secret text",
        "Secret file                   | a Secret file",
        "Username with password        | a Username with password",
        "Certificate                   | a Certificate",
        "GitHub App                    | a GitHub App",
        "Opaque test credential        | an Opaque test credential",
        "X.509 Client Certificate      | an X.509 Client Certificate",
        "AWS Credentials               | an AWS Credentials",
        "HTTP header                   | an HTTP header",
        "Docker Host Certificate       | a Docker Host Certificate",
        "Kubernetes Service Account    | a Kubernetes Service Account"})
    void shouldChooseTheArticleByTheFirstSound(String name, String withArticle) {
        assertThat(IndefiniteArticle.of(name)).isEqualTo(withArticle);
    }
}
