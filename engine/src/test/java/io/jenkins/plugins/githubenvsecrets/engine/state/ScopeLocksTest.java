package io.jenkins.plugins.githubenvsecrets.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One lock per record set, kept in memory only while used, whose waits end on interruption. */
class ScopeLocksTest {
    private static final RecordScope PRODUCTION = RecordScope.environmentSecrets("https://api.github.com",
            RepositoryCoordinates.parse("acme/web"), EnvironmentName.of("production"));

    private final ScopeLocks locks = new ScopeLocks();

    @Test
    void shouldKeepNoLockOnceNobodyUsesIt() throws Exception {
        String result = locks.locked(PRODUCTION, () -> locks.locked(PRODUCTION, () -> "nested"));

        assertThat(result).isEqualTo("nested");
        assertThat(locks.size()).isZero();
    }

    /** An update nested in locked work is never cut off by an interruption: the thread holds the lock already. */
    @Test
    void shouldTakeALockItHoldsAgainEvenWhenInterrupted() throws Exception {
        String result = locks.locked(PRODUCTION, () -> {
            Thread.currentThread().interrupt();
            try {
                return locks.locked(PRODUCTION, () -> "recorded");
            } finally {
                assertThat(Thread.interrupted()).isTrue();
            }
        });

        assertThat(result).isEqualTo("recorded");
    }

    @Test
    void shouldEndAWaitWhenTheWaitingThreadIsInterrupted() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try {
                locks.locked(PRODUCTION, () -> {
                    held.countDown();
                    release.await();
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holder.start();
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waited = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                waited.complete(locks.locked(PRODUCTION, () -> "never"));
            } catch (InterruptedException e) {
                waited.completeExceptionally(e);
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }

        waiter.interrupt();

        assertThatThrownBy(() -> waited.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(InterruptedException.class)
                .hasMessageContaining("secrets of environment 'production' of acme/web");
        release.countDown();
        holder.join();
        assertThat(locks.size()).isZero();
    }
}
