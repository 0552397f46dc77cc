package io.jenkins.plugins.githubenvsecrets.engine.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PacerTest {
    private final FakeTime time = new FakeTime();
    private final Pacer pacer = new Pacer(Duration.ofSeconds(1), time, time);

    @Test
    void shouldLetTheFirstRequestGoAtOnce() throws Exception {
        assertThat(pacer.pace(() -> "done")).isEqualTo("done");

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void shouldWaitTheGapSinceTheStartOfThePreviousRequest() throws Exception {
        pacer.pace(() -> {
            time.advance(Duration.ofMillis(300)); // the request itself took 300 ms
            return null;
        });
        time.advance(Duration.ofMillis(400));
        pacer.pace(() -> null);
        time.advance(Duration.ofSeconds(5));
        pacer.pace(() -> null);

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(300));
    }

    @Test
    void shouldKeepTheGapAcrossPacersThatShareALane() throws Exception {
        WriteLane lane = new WriteLane();
        Pacer first = new Pacer(Duration.ofSeconds(1), time, time, lane);
        Pacer second = new Pacer(Duration.ofSeconds(1), time, time, lane);
        Pacer apart = new Pacer(Duration.ofSeconds(1), time, time);

        first.pace(() -> null);
        time.advance(Duration.ofMillis(200));
        apart.pace(() -> null);
        second.pace(() -> null);

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(800));
    }

    @Test
    void shouldNotWaitAfterARequestSlowerThanTheGap() throws Exception {
        pacer.pace(() -> {
            time.advance(Duration.ofMillis(1500));
            return null;
        });
        pacer.pace(() -> null);

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void shouldCountAFailedRequestAsARequest() {
        assertThatThrownBy(() -> pacer.pace(() -> {
            throw new IOException("reset");
        })).isInstanceOf(IOException.class);

        assertThatThrownBy(() -> pacer.pace(() -> {
            throw new IOException("reset again");
        })).isInstanceOf(IOException.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void shouldWaitNoMoreThanTheGapWhenTheClockIsSetBack() throws Exception {
        pacer.pace(() -> null);
        time.advance(Duration.ofHours(-1)); // the system clock corrected backwards after the write

        pacer.pace(() -> null);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void shouldNotWaitWithoutGap() throws Exception {
        Pacer unpaced = new Pacer(Duration.ZERO, time, time);

        unpaced.pace(() -> null);
        unpaced.pace(() -> null);

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void shouldLetOnlyOneRequestRunAtATime() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean firstDone = new AtomicBoolean();
        AtomicBoolean secondSawFirstDone = new AtomicBoolean();
        Thread first = new Thread(() -> paceQuietly(() -> {
            firstRunning.countDown();
            releaseFirst.await(5, TimeUnit.SECONDS);
            firstDone.set(true);
            return null;
        }));
        Thread second = new Thread(() -> paceQuietly(() -> {
            secondSawFirstDone.set(firstDone.get());
            return null;
        }));
        first.start();
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();

        second.start();
        awaitParked(second);
        releaseFirst.countDown();
        first.join(5000);
        second.join(5000);

        assertThat(secondSawFirstDone).as("the second request ran only after the first ended").isTrue();
        assertThat(time.sleeps()).isEqualTo(List.of(Duration.ofSeconds(1)));
    }

    /** Waits until {@code thread} blocks, which it can only do on the pacer's lock. */
    private static void awaitParked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
    }

    @Test
    void shouldRefuseANegativeGap() {
        assertThatThrownBy(() -> new Pacer(Duration.ofSeconds(-1), time, time))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private <T> T paceQuietly(Pacer.Request<T> request) {
        try {
            return pacer.pace(request);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
