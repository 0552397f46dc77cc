package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Glue between MockWebServer and the fake GitHub: waits the configured latency (outside any lock, so concurrent
 * requests overlap as they would on a real server), lets the API answer, and logs the exchange.
 */
final class FakeDispatcher extends Dispatcher {
    private final GitHubApi api;
    private final RequestLog log;
    private final AtomicLong requestIds = new AtomicLong(0xC0DE_0000L);
    private volatile Duration latency = Duration.ZERO;
    private volatile Sleeper sleeper = Sleeper.THREAD_SLEEP;

    FakeDispatcher(GitHubApi api, RequestLog log) {
        this.api = api;
        this.log = log;
    }

    void latency(Duration perRequest, Sleeper newSleeper) {
        if (perRequest.isNegative()) {
            throw new IllegalArgumentException("latency cannot be negative: " + perRequest);
        }
        sleeper = newSleeper;
        latency = perRequest;
    }

    @Override
    public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
        var request = FakeRequest.received(recorded);
        var requestId = String.format("FAKE:%X", requestIds.incrementAndGet());
        log.enter(request);
        var reply = Reply.error(500, "The fake failed before answering.", Reply.REST_DOCS);
        try {
            var wait = latency;
            if (!wait.isZero()) {
                sleeper.sleep(wait);
            }
            reply = api.handle(request, requestId);
            return reply.toMockResponse(requestId);
        } catch (RuntimeException e) {
            // A bug in the fake must fail the test that met it, not pass for a server error GitHub could send.
            log.violation(request.method() + " " + request.path() + ": the fake itself failed: " + e);
            return reply.toMockResponse(requestId);
        } finally {
            log.leave(request.answered(reply.status(), reply.dropsConnection()));
        }
    }
}
