package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** GitHub's clock as the answers show it, and which {@code Date} of a write to trust. */
class GitHubClockTest {
    private final FakeTime ours = new FakeTime();
    private final GitHubClock clock = new GitHubClock(ours);
    /** GitHub's clock runs an hour ahead of ours, as it may on a machine whose clock is wrong. */
    private final Instant gitHubNow = FakeTime.START.plus(Duration.ofHours(1));

    @Test
    void shouldTimeAWriteByItsDateWhenItAgreesWithTheEarlierAnswers() {
        clock.observe(gitHubNow);
        Instant date = gitHubNow.plusSeconds(2);
        clock.observe(date);

        assertThat(clock.timeOfWrite(date)).isEqualTo(new GitHubClock.WriteTime(date, null));
    }

    @Test
    void shouldTimeAWriteByGitHubsClockWhenItsDateIsFarOff() {
        clock.observe(gitHubNow);
        Instant farAhead = Instant.parse("2100-01-01T00:00:00Z");
        clock.observe(farAhead);

        GitHubClock.WriteTime time = clock.timeOfWrite(farAhead);

        assertThat(time.distrustedDate()).isEqualTo(farAhead);
        assertThat(Duration.between(gitHubNow, time.storedAt()).abs()).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldTimeAWriteWithoutADateByGitHubsClock() {
        clock.observe(gitHubNow);
        ours.advance(Duration.ofSeconds(30));

        GitHubClock.WriteTime time = clock.timeOfWrite(null);

        assertThat(time.distrustedDate()).isNull();
        assertThat(Duration.between(gitHubNow.plusSeconds(30), time.storedAt()).abs())
                .isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    /** One odd answer is ignored; two in a row that agree mean a clock really moved. */
    @Test
    void shouldFollowAClockThatMovedOnlyWhenTwoAnswersInARowSaySo() {
        clock.observe(gitHubNow);
        Instant moved = gitHubNow.plus(Duration.ofMinutes(30));
        clock.observe(moved);
        assertThat(clock.timeOfWrite(moved).distrustedDate()).isEqualTo(moved);

        clock.observe(moved.plusSeconds(1));

        assertThat(clock.timeOfWrite(moved.plusSeconds(1)).distrustedDate()).isNull();
    }
}
