package io.jenkins.plugins.githubenvsecrets.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Variables of environments and repositories: values shown, 409 on a second create, paging at most 30. */
class GitHubFakeVariablesTest {
    private static final RepositoryCoordinates WEB = RepositoryCoordinates.parse("acme/web");
    private static final String ENVIRONMENT = "/repos/acme/web/environments/prod%2Feu/variables";
    private static final String REPOSITORY = "/repos/acme/web/actions/variables";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00.700Z"));
    private final GitHubFake github = GitHubFake.start()
            .clock(clock)
            .addToken("writer", Permission.WRITE)
            .addRepository("acme", "web", 42)
            .addEnvironment("acme", "web", "prod/eu");
    private final TestClient client = new TestClient(github, "writer");
    private final TargetView environment = github.target(new EnvironmentTarget(WEB, EnvironmentName.of("prod/eu")));
    private final TargetView repository = github.target(new RepositoryTarget(WEB, Application.ACTIONS));

    @AfterEach
    void stop() {
        github.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {ENVIRONMENT, REPOSITORY})
    void shouldCreateReadUpdateAndDelete(String variables) {
        var created = client.post(variables, "{\"name\":\"region\",\"value\":\"eu-west-1\"}");
        clock.advance(Duration.ofMinutes(3));
        var updated = client.patch(variables + "/REGION", "{\"value\":\"eu-central-1\"}");
        var shown = client.get(variables + "/Region");
        var deleted = client.delete(variables + "/REGION");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().size()).isZero();
        assertThat(updated.status()).isEqualTo(204);
        assertThat(updated.body()).isEmpty();
        assertThat(shown.json().get("name").asText()).isEqualTo("REGION");
        assertThat(shown.json().get("value").asText()).isEqualTo("eu-central-1");
        assertThat(shown.json().get("created_at").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(shown.json().get("updated_at").asText()).isEqualTo("2025-03-01T10:03:00Z");
        assertThat(shown.json().has("visibility")).isFalse();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(client.delete(variables + "/REGION").status()).isEqualTo(404);
        assertThat(client.patch(variables + "/REGION", "{\"value\":\"x\"}").status()).isEqualTo(404);
        github.assertNoProtocolViolations();
    }

    @Test
    void shouldAnswerConflictForAVariableThatExistsAndLeaveItAlone() {
        environment.putVariable("REGION", "eu-west-1");

        var again = client.post(ENVIRONMENT, "{\"name\":\"Region\",\"value\":\"other\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(environment.variableValue("REGION")).contains("eu-west-1");
        assertThat(repository.variableNames()).isEmpty();
    }

    @Test
    void shouldRenameWithANameInThePatch() {
        repository.putVariable("OLD", "v").putVariable("TAKEN", "t");

        var renamed = client.patch(REPOSITORY + "/OLD", "{\"name\":\"new\"}");
        var clash = client.patch(REPOSITORY + "/NEW", "{\"name\":\"TAKEN\"}");

        assertThat(renamed.status()).isEqualTo(204);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(repository.variableNames()).containsExactly("NEW", "TAKEN");
        assertThat(repository.variableValue("NEW")).contains("v");
    }

    @Test
    void shouldPageTenByDefaultAndAtMostThirty() {
        IntStream.range(0, 65).forEach(i -> repository.putVariable(String.format("V_%02d", i), "value-" + i));

        var byDefault = client.get(REPOSITORY);
        var names = new ArrayList<String>();
        var url = client.url(REPOSITORY + "?per_page=100").toString();
        int pages = 0;
        while (url != null) {
            var answer = client.send(client.request("GET", "", null).url(url));
            answer.json().get("variables").forEach(variable -> names.add(variable.get("name").asText()));
            url = next(answer.headers().get("Link"));
            pages++;
        }

        assertThat(byDefault.json().get("variables")).hasSize(10);
        assertThat(byDefault.json().get("total_count").asInt()).isEqualTo(65);
        assertThat(byDefault.json().get("variables").get(3).get("value").asText()).isEqualTo("value-3");
        assertThat(pages).isEqualTo(3);
        assertThat(names).hasSize(65).doesNotHaveDuplicates().isSorted();
        github.assertNoProtocolViolations();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"1ST\",\"value\":\"v\"}           | 422 | Variable names can only contain",
        "{\"name\":\"GITHUB_SHA\",\"value\":\"v\"}    | 422 | Variable names can only contain",
        "{\"name\":\"REGION\"}                        | 422 | \"value\" wasn't supplied.",
        "{\"name\":\"REGION\",\"value\":7}            | 422 | the value is not a string.",
        "{\"name\":\"REGION\",\"value\":\"v\",\"visibility\":\"all\"} | 422 | \"visibility\" is not a permitted key.",
    })
    void shouldRefuseWhatGitHubRefuses(String body, int status, String message) {
        var answer = client.post(REPOSITORY, body);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.message()).contains(message);
        assertThat(repository.variableNames()).isEmpty();
    }

    @Test
    void shouldBoundTheValueTheTotalAndTheCount() {
        var big = "x".repeat(48 * 1024 + 1);
        var large = "y".repeat(40 * 1024);
        IntStream.range(0, 6).forEach(i -> environment.putVariable("L_" + i, large));
        IntStream.range(6, 100).forEach(i -> environment.putVariable("S_" + i, "s"));

        var tooBig = client.post(REPOSITORY, "{\"name\":\"BIG\",\"value\":\"" + big + "\"}");
        var tooMuch = client.patch(ENVIRONMENT + "/S_6", "{\"value\":\"" + large + "\"}");
        var tooMany = client.post(ENVIRONMENT, "{\"name\":\"ONE_MORE\",\"value\":\"v\"}");

        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.message()).contains("too large").doesNotContain("xxxx");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.message()).contains("256 KB");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.message()).contains("maximum of 100 variables");
        assertThat(environment.variableValue("S_6")).contains("s");
    }

    private static String next(String link) {
        if (link == null) {
            return null;
        }
        var matcher = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }
}
