package io.jenkins.plugins.githubenvsecrets.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {
    private static final RepositoryCoordinates WEB = RepositoryCoordinates.parse("Acme/Web");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            production  | repos/acme/web/environments/production
            Prod EU     | repos/acme/web/environments/prod%20eu
            team/prod   | repos/acme/web/environments/team%2Fprod
            a%2Fb       | repos/acme/web/environments/a%252fb
            Prödüktiön  | repos/acme/web/environments/pr%C3%B6d%C3%BCkti%C3%B6n
            """)
    void shouldKeyEnvironmentsByTheirRouteWithEverySegmentEncoded(String environment, String key) {
        assertThat(new EnvironmentTarget(WEB, EnvironmentName.of(environment)).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ACTIONS    | repos/acme/web/actions     | orgs/acme-corp/actions     | repository Acme/Web
            DEPENDABOT | repos/acme/web/dependabot  | orgs/acme-corp/dependabot  | repository Acme/Web (Dependabot)
            CODESPACES | repos/acme/web/codespaces  | orgs/acme-corp/codespaces  | repository Acme/Web (Codespaces)
            """)
    void shouldKeyRepositoriesAndOrganizationsPerApplication(Application application, String repositoryKey,
            String organizationKey, String repositoryWords) {
        RepositoryTarget repository = new RepositoryTarget(WEB, application);
        OrganizationTarget organization = new OrganizationTarget(new OrganizationName("Acme-Corp"), application);

        assertThat(repository.key()).isEqualTo(repositoryKey);
        assertThat(organization.key()).isEqualTo(organizationKey);
        assertThat(repository.describe()).isEqualTo(repositoryWords);
        assertThat(organization.describe()).startsWith("organization Acme-Corp");
    }

    @Test
    void shouldNeverGiveTwoTargetsOneKey() {
        // An environment named like the rest of another route cannot collide with it: '/' is always encoded.
        Target environment = new EnvironmentTarget(WEB, EnvironmentName.of("x/actions"));
        Target other = new EnvironmentTarget(RepositoryCoordinates.parse("acme/web"), EnvironmentName.of("x"));

        assertThat(environment.key()).isNotEqualTo(other.key()).doesNotContain("x/actions");
        assertThat(new RepositoryTarget(WEB, Application.ACTIONS).key())
                .isNotEqualTo(new OrganizationTarget(new OrganizationName("acme"), Application.ACTIONS).key());
    }

    @Test
    void shouldCompareIgnoringCaseAsGitHubDoes() {
        assertThat(new EnvironmentTarget(WEB, EnvironmentName.of("Production")))
                .isEqualTo(new EnvironmentTarget(RepositoryCoordinates.parse("acme/web"), EnvironmentName.of("production")))
                .hasSameHashCodeAs(new EnvironmentTarget(RepositoryCoordinates.parse("ACME/WEB"),
                        EnvironmentName.of("PRODUCTION")));
        assertThat(new OrganizationTarget(new OrganizationName("Acme"), Application.DEPENDABOT))
                .isEqualTo(new OrganizationTarget(new OrganizationName("acme"), Application.DEPENDABOT))
                .isNotEqualTo(new OrganizationTarget(new OrganizationName("acme"), Application.ACTIONS));
        assertThat(new EnvironmentTarget(WEB, EnvironmentName.of("prod")).describe())
                .isEqualTo("environment 'prod' of Acme/Web");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ENVIRONMENT  | ACTIONS    | SECRET   | -
            ENVIRONMENT  | ACTIONS    | VARIABLE | -
            ENVIRONMENT  | DEPENDABOT | SECRET   | Environment secrets are not supported for Dependabot
            ENVIRONMENT  | CODESPACES | SECRET   | Environment secrets are not supported for Codespaces
            ENVIRONMENT  | DEPENDABOT | VARIABLE | Dependabot has no variables
            REPOSITORY   | ACTIONS    | VARIABLE | -
            REPOSITORY   | DEPENDABOT | SECRET   | -
            REPOSITORY   | CODESPACES | SECRET   | -
            REPOSITORY   | CODESPACES | VARIABLE | Codespaces has no variables
            ORGANIZATION | ACTIONS    | VARIABLE | -
            ORGANIZATION | DEPENDABOT | SECRET   | -
            ORGANIZATION | DEPENDABOT | VARIABLE | Dependabot has no variables
            """)
    void shouldSayOnceWhichPairsGitHubSupports(TargetKind kind, Application application, ValueKind value,
            String problem) {
        if (problem == null) {
            assertThat(kind.unsupported(application, value)).isEmpty();
        } else {
            assertThat(kind.unsupported(application, value)).hasValueSatisfying(text -> assertThat(text)
                    .startsWith(problem));
        }
        assertThat(kind.supports(application, value)).isEqualTo(problem == null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"actions", "Dependabot", " CODESPACES "})
    void shouldParseApplicationsInAnyCase(String given) {
        assertThat(Application.parse(given).pathSegment()).isEqualTo(given.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "packages", "action"})
    void shouldRefuseUnknownApplicationsNamingTheChoices(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> Application.parse(given))
                .withMessageContaining("'" + given + "'").withMessageContaining("actions, dependabot, codespaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-acme", "acme/web", "acme corp", "abcdefghijabcdefghijabcdefghijabcdefghij"})
    void shouldRefuseOrganizationsGitHubCannotName(String given) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrganizationName(given))
                .withMessageContaining("'" + given + "'");
    }
}
