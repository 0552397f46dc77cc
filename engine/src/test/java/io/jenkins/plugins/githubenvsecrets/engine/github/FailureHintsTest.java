package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.github.TargetFixture.assertNothingSecretIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a failure tells its reader to do, against the GitHub fake: each hint fits the request that failed (by id or by
 * name, which route family, which token), so that a reader can act on the message alone.
 */
class FailureHintsTest {
    private final TargetFixture fixture = new TargetFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldNotAskForAnOwnerAndNameThatWereNeverGiven() {
        GitHubNotFoundException missing = catchThrowableOfType(GitHubNotFoundException.class,
                () -> fixture.client.getRepository(4711));

        assertThat(missing).hasMessage("GET repository id 4711: HTTP 404. The repository id 4711 does not exist, or the"
                + " token cannot see it. Check the id, or give the repository as owner/name, and make sure the token"
                + " has access to the repository. GitHub said: \"Not Found\".");
        FakeRequest request = fixture.onlyRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/repositories/4711");
        assertNothingSecretIn(missing);
    }

    @Test
    void shouldStillAskForTheOwnerAndNameOfARepositoryGivenByName() {
        GitHubNotFoundException missing = catchThrowableOfType(GitHubNotFoundException.class,
                () -> fixture.client.getRepository(RepositoryCoordinates.parse("acme/nope")));

        assertThat(missing).hasMessageStartingWith("GET repository acme/nope: HTTP 404. The repository acme/nope does"
                + " not exist, or the token cannot see it. Check the owner and name");
        assertThat(fixture.onlyRequest().path()).isEqualTo("/repos/acme/nope");
    }
}
