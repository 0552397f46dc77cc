package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.PROD_EU;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.organization;
import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.repository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each request is about, in the words every message of the client starts with. */
class RequestContextTest {
    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of(PROD_EU, ValueKind.SECRET, "API_KEY",
                        "PUT repository acme/web, environment 'prod/eu', secret 'API_KEY'",
                        "repository permission 'Environments: write'"),
                Arguments.of(PROD_EU, ValueKind.VARIABLE, "REGION",
                        "PUT repository acme/web, environment 'prod/eu', variable 'REGION'",
                        "repository permission 'Environments: write'"),
                Arguments.of(repository(Application.ACTIONS), ValueKind.SECRET, "API_KEY",
                        "PUT repository acme/web, secret 'API_KEY'", "repository permission 'Secrets: write'"),
                Arguments.of(repository(Application.CODESPACES), ValueKind.SECRET, null,
                        "PUT repository acme/web (Codespaces)", "repository permission 'Codespaces secrets: write'"),
                Arguments.of(repository(Application.ACTIONS), ValueKind.VARIABLE, "REGION",
                        "PUT repository acme/web, variable 'REGION'", "repository permission 'Variables: write'"),
                Arguments.of(organization(Application.DEPENDABOT), ValueKind.SECRET, "NPM",
                        "PUT organization acme (Dependabot), secret 'NPM'",
                        "organization permission 'Dependabot secrets: write'"),
                Arguments.of(organization(Application.ACTIONS), ValueKind.VARIABLE, "REGION",
                        "PUT organization acme, variable 'REGION'", "organization permission 'Variables: write'"));
    }

    /** Target, kind, name, the words, and the permission a 403 names. */
    @ParameterizedTest(name = "{3}")
    @MethodSource("requests")
    void shouldDescribeTheTargetAndNameWhatItAddresses(Target target, ValueKind kind, String name, String words,
            String permission) {
        RequestContext request = RequestContext.of("PUT", target, kind, name);

        assertThat(request.describe()).isEqualTo(words);
        assertThat(request.target()).isEqualTo(target);
        assertThat(TargetHints.permissions(request)).contains(permission);
    }

    @Test
    void shouldKeepTheFormerContextsAndTheirWords() {
        RequestContext former = new RequestContext("GET", "acme/web", "production", null);

        assertThat(former.describe()).isEqualTo("GET repository acme/web, environment 'production'");
        assertThat(former.target()).isNull();
        assertThat(TargetHints.permissions(former)).contains("'Actions: read'");
        assertThat(TargetHints.notFound(former)).isEmpty();
    }

    @Test
    void shouldNeedARepositoryUnlessTheTargetIsAnOrganization() {
        assertThatNullPointerException().isThrownBy(() -> new RequestContext("GET", null, null, null));
        assertThatNullPointerException().isThrownBy(() -> new RequestContext("GET", null, null, null,
                repository(Application.ACTIONS), ValueKind.SECRET));
        assertThat(RequestContext.of("GET", organization(Application.ACTIONS), ValueKind.SECRET, null).repository())
                .isNull();
    }
}
