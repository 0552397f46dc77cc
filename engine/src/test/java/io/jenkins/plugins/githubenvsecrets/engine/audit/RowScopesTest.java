package io.jenkins.plugins.githubenvsecrets.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A row's words lead back to the record set the row was made from, and words that name none are refused. */
class RowScopesTest {
    private static final String GITHUB = "https://api.github.com";
    private static final RepositoryCoordinates WEB = RepositoryCoordinates.parse("acme/web");

    static Stream<RecordScope> everyKindOfRecordSet() {
        return Stream.of(
                new RecordScope(GITHUB, new EnvironmentTarget(WEB, EnvironmentName.of("prod eu")), ValueKind.SECRET),
                new RecordScope(GITHUB, new EnvironmentTarget(WEB, EnvironmentName.of("staging")), ValueKind.VARIABLE),
                new RecordScope(GITHUB, new RepositoryTarget(WEB, Application.DEPENDABOT), ValueKind.SECRET),
                new RecordScope(GITHUB, new RepositoryTarget(WEB, Application.ACTIONS), ValueKind.VARIABLE),
                new RecordScope(GITHUB, new OrganizationTarget(new OrganizationName("acme"), Application.CODESPACES),
                        ValueKind.SECRET),
                new RecordScope("https://ghe.example.com/api/v3",
                        new OrganizationTarget(new OrganizationName("acme"), Application.ACTIONS),
                        ValueKind.VARIABLE));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfRecordSet")
    void shouldLeadFromARowBackToItsRecordSet(RecordScope scope) {
        RecordRow row = RecordRow.of(scope, SecretName.of("NAME"), new SecretRecord("fp", Instant.EPOCH,
                Set.of("job"), null, null, null));

        RecordScope found = RowScopes.of(row.server(), row.scope().noun(), row.application().pathSegment(),
                row.repository(), row.organization(), row.environment(), row.kind().noun());

        assertThat(found).isEqualTo(scope);
        assertThat(found.target()).isEqualTo(scope.target());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null|environment|actions|acme/web||production|secret|No server given",
        "https://api.github.com|team|actions|acme/web||production|secret|No such scope: 'team'",
        "https://api.github.com|environment|actions|acme/web||null|secret|No environment given",
        "https://api.github.com|environment|dependabot|acme/web||production|secret|belong to Actions, not to"
                + " Dependabot",
        "https://api.github.com|repository|pages|acme/web|||secret|Application 'pages' is not known",
        "https://api.github.com|repository|actions|not a repository|||secret|not a repository",
        "https://api.github.com|organization|actions||-acme||variable|Organization '-acme' is not valid",
        "https://api.github.com|organization|actions||acme||password|No such kind: 'password'"})
    void shouldRefuseWordsThatNameNoRecordSet(String server, String scope, String application, String repository,
            String organization, String environment, String kind, String message) {
        assertThatThrownBy(() -> RowScopes.of(server, scope, application, repository, organization, environment,
                kind)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
