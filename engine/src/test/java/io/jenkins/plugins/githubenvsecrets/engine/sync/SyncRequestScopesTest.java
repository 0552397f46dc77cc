package io.jenkins.plugins.githubenvsecrets.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import io.jenkins.plugins.githubenvsecrets.engine.testing.Leaks;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each scope takes and needs, GitHub's pairs and limits: every problem at once, before any request. */
class SyncRequestScopesTest {
    private static final String SECRET = "scopes-s3cr3t-value";
    private static final String VARIABLE = "eu-west-1-variable-value";

    @Test
    void shouldCollectARepositoryRequestForSeveralRepositoriesWithVariables() {
        try (SyncRequest request = SyncRequest.builder().scope(TargetKind.REPOSITORY).application("Dependabot")
                .repositories(List.of("acme/web", "https://github.com/acme/api")).secret("NPM", SECRET.toCharArray())
                .build()) {
            assertThat(request.scope()).isEqualTo(TargetKind.REPOSITORY);
            assertThat(request.application()).isEqualTo(Application.DEPENDABOT);
            assertThat(request.repositories()).extracting(reference -> reference.coordinates().orElseThrow())
                    .containsExactly(new RepositoryCoordinates("acme", "web"),
                            new RepositoryCoordinates("acme", "api"));
            assertThat(request.environments()).isEmpty();
            assertThat(request.visibility()).isEmpty();
        }
        try (SyncRequest request = SyncRequest.builder().scope(TargetKind.REPOSITORY).repository("acme/web")
                .variable("region", VARIABLE.toCharArray(), "env:REGION").removeVariable("OLD").build()) {
            assertThat(request.variables().keySet()).containsExactly(SecretName.of("REGION"));
            assertThat(request.removals(ValueKind.VARIABLE)).containsExactly(SecretName.of("OLD"));
            assertThat(request.source(ValueKind.VARIABLE, SecretName.of("REGION"))).contains("env:REGION");
            assertThat(request.names(ValueKind.SECRET)).isFalse();
            assertThat(request.toString()).contains("REGION").doesNotContain(VARIABLE);
        }
    }

    @ParameterizedTest(name = "visibility {0}, selected {1}")
    @CsvSource(nullValues = "-", value = {
            "-,        -,              private, ''",
            "all,      -,              all,     ''",
            "Selected, -,              selected, ''",
            "-,        'web,acme/api', selected, 'acme/web,acme/api'",
            "selected, 'API',          selected, 'acme/API'",
    })
    void shouldSettleTheOrganizationsVisibilityAndSelectedRepositories(String visibility, String selected,
            String expected, String repositories) {
        SyncRequest.Builder builder = organization().secret("TOKEN", SECRET.toCharArray());
        if (visibility != null) {
            builder.visibility(visibility);
        }
        if (selected != null) {
            builder.selectedRepositories(List.of(selected.split(",")));
        }
        try (SyncRequest request = builder.build()) {
            assertThat(request.organization()).contains(new OrganizationName("acme"));
            assertThat(request.visibility()).contains(Visibility.parse(expected));
            assertThat(request.selectedRepositories()).extracting(RepositoryCoordinates::toString)
                    .containsExactlyElementsOf(repositories.isEmpty() ? List.of() : List.of(repositories.split(",")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "visibility without organization | A visibility is given without an organization",
            "selected without organization   | Selected repositories are given without an organization",
            "organization for environments   | An organization is given for environment secrets and variables",
            "environment for a repository    | An environment is given for repository secrets and variables",
            "repositories for organization   | Repositories are given for organization secrets and variables",
            "no organization                 | No organization given",
            "dependabot environment          | Environment secrets are not supported for Dependabot",
            "codespaces variables            | Codespaces has no variables: GitHub offers variables to Actions only",
            "unknown application             | Application 'gitlab' is not known: use actions, dependabot, codespaces",
            "unknown visibility              | Visibility 'public' is not known: use all, private, selected",
            "selected with private           | Selected repositories are given with visibility 'private'",
            "selected of another owner       | Selected repository other/web is not one of organization acme's",
            "selected twice                  | Selected repository ACME/web is named twice",
            "repository twice                | Repository 'acme/WEB' is named twice",
            "two servers                     | are on different GitHub servers",
            "variable name                   | Variable name '1ST' is not valid",
            "variable twice                  | Variable REGION is given twice",
            "variable set and removed        | Variable REGION is both set and removed: keep one",
            "empty variable                  | Variable EMPTY: the value is empty; GitHub does not store empty values",
    })
    void shouldNameEachProblemOfTheScope(String given, String problem) {
        SyncValidationException refused = catchThrowableOfType(SyncValidationException.class,
                () -> CASES.get(given).apply(SyncRequest.builder()).build());

        assertThat(refused.problems()).as(given).anySatisfy(line -> assertThat(line).contains(problem));
        Leaks.assertNoSecretIn(refused.getMessage(), SECRET, VARIABLE);
    }

    private static final Map<String, UnaryOperator<SyncRequest.Builder>> CASES = Map.ofEntries(
            Map.entry("visibility without organization", b -> env(b).visibility("private")),
            Map.entry("selected without organization", b -> env(b).selectedRepositories(List.of("web"))),
            Map.entry("organization for environments", b -> env(b).organization("acme")),
            Map.entry("environment for a repository", b -> b.scope(TargetKind.REPOSITORY)
                    .repository("acme/web").environment("production").secret("A", SECRET.toCharArray())),
            Map.entry("repositories for organization", b -> organization(b).repository("acme/web")),
            Map.entry("no organization", b -> b.scope(TargetKind.ORGANIZATION)
                    .secret("A", SECRET.toCharArray())),
            Map.entry("dependabot environment", b -> env(b).application("dependabot")),
            Map.entry("codespaces variables", b -> b.scope(TargetKind.REPOSITORY).repository("acme/web")
                    .application("codespaces").variable("REGION", VARIABLE.toCharArray())),
            Map.entry("unknown application", b -> env(b).application("gitlab")),
            Map.entry("unknown visibility", b -> organization(b).visibility("public")),
            Map.entry("selected with private", b -> organization(b).visibility("private")
                    .selectedRepositories(List.of("web"))),
            Map.entry("selected of another owner", b -> organization(b)
                    .selectedRepositories(List.of("other/web"))),
            Map.entry("selected twice", b -> organization(b)
                    .selectedRepositories(List.of("web", "ACME/web"))),
            Map.entry("repository twice", b -> env(b).repository("acme/WEB")),
            Map.entry("two servers", b -> b.repositories(List.of("https://github.com/acme/web",
                    "https://ghe.example/acme/api")).environment("production").secret("A", SECRET.toCharArray())),
            Map.entry("variable name", b -> env(b).variable("1ST", VARIABLE.toCharArray())),
            Map.entry("variable twice", b -> env(b).variable("REGION", VARIABLE.toCharArray())
                    .variable("REGION", VARIABLE.toCharArray())),
            Map.entry("variable set and removed", b -> env(b).variable("REGION", VARIABLE.toCharArray())
                    .removeVariable("region")),
            Map.entry("empty variable", b -> env(b).variable("EMPTY", new char[0])));

    @Test
    void shouldReportEveryProblemAtOnceAndClearEveryValueTaken() {
        SyncRequest.Builder builder = SyncRequest.builder().scope(TargetKind.REPOSITORY).repository("acme/web")
                .environment("production").visibility("all").application("dependabot")
                .variable("REGION", VARIABLE.toCharArray()).variable("large", "x".repeat(SecretValue.MAX_BYTES + 1)
                        .toCharArray()).secret("A", SECRET.toCharArray());

        SyncValidationException refused = catchThrowableOfType(SyncValidationException.class, builder::build);

        assertThat(refused.problems()).hasSize(4).anySatisfy(line -> assertThat(line)
                .isEqualTo("Variable large: the value has 49153 bytes as UTF-8; GitHub allows at most 49152 bytes"
                        + " (48 KB)"))
                .anySatisfy(line -> assertThat(line).startsWith("An environment is given"))
                .anySatisfy(line -> assertThat(line).startsWith("A visibility is given without an organization"))
                .anySatisfy(line -> assertThat(line).startsWith("Dependabot has no variables"));
        Leaks.assertNoSecretIn(refused.getMessage(), SECRET, VARIABLE);
    }

    @ParameterizedTest(name = "{0} {1}: at most {2}")
    @CsvSource({
            "ENVIRONMENT,  SECRET,   100",
            "ENVIRONMENT,  VARIABLE, 100",
            "REPOSITORY,   SECRET,   100",
            "REPOSITORY,   VARIABLE, 500",
            "ORGANIZATION, SECRET,   1000",
            "ORGANIZATION, VARIABLE, 1000",
    })
    void shouldHoldGitHubsCountsPerTargetAndKind(TargetKind scope, ValueKind kind, int most) {
        assertThat(problemsWith(scope, kind, most)).isEmpty();
        assertThat(problemsWith(scope, kind, most + 1)).containsExactly((most + 1) + " " + kind.pathSegment()
                + " given; GitHub allows at most " + most + " in one " + scope.noun());
    }

    @Test
    void shouldHoldTheTotalSizeOfARepositorysVariables() {
        char[] large = "v".repeat(SecretValue.MAX_BYTES).toCharArray();
        SyncRequest.Builder builder = SyncRequest.builder().scope(TargetKind.REPOSITORY).repository("acme/web");
        IntStream.range(0, 6).forEach(i -> builder.variable("V" + i, large));

        SyncValidationException refused = catchThrowableOfType(SyncValidationException.class, builder::build);

        assertThat(refused.problems()).containsExactly("The variables given hold 294912 bytes together as UTF-8;"
                + " GitHub allows at most 262144 bytes (256 KB) of variables in one repository");
    }

    private static List<String> problemsWith(TargetKind scope, ValueKind kind, int count) {
        SyncRequest.Builder builder = SyncRequest.builder().scope(scope);
        if (scope == TargetKind.ORGANIZATION) {
            builder.organization("acme");
        } else {
            builder.repository("acme/web");
        }
        if (scope == TargetKind.ENVIRONMENT) {
            builder.environment("production");
        }
        for (int i = 0; i < count; i++) {
            if (kind == ValueKind.SECRET) {
                builder.secret("S" + i, "v".toCharArray());
            } else {
                builder.variable("V" + i, "v".toCharArray());
            }
        }
        try {
            builder.build().close();
            return List.of();
        } catch (SyncValidationException e) {
            return e.problems();
        }
    }

    private static SyncRequest.Builder env(SyncRequest.Builder builder) {
        return builder.repository("acme/web").environment("production").secret("A", SECRET.toCharArray());
    }

    private static SyncRequest.Builder organization() {
        return organization(SyncRequest.builder());
    }

    private static SyncRequest.Builder organization(SyncRequest.Builder builder) {
        return builder.scope(TargetKind.ORGANIZATION).organization("acme").secret("A", SECRET.toCharArray());
    }
}
