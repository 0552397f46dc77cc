package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Armed faults, in the order they were armed. A request takes the first armed fault it matches; each fault fires
 * a set number of times. Faults that replace the answer fire before the request is handled, so nothing changes;
 * connection drops "after processing" fire once GitHub's state already changed.
 */
final class Faults {
    private final List<Armed> beforeProcessing = new ArrayList<>();
    private final List<Armed> afterProcessing = new ArrayList<>();
    private final List<Armed> extraHeaders = new ArrayList<>();

    /** Answers the next {@code times} matching requests with {@code reply} instead of handling them. */
    void replace(int times, Predicate<FakeRequest> which, Reply reply) {
        replace(times, which, echo -> reply);
    }

    /** Answers the next {@code times} matching requests with what {@code reply} makes of what they carried. */
    void replace(int times, Predicate<FakeRequest> which, Function<Echo, Reply> reply) {
        beforeProcessing.add(new Armed(times, which, reply, Map.of()));
    }

    /** Handles the next {@code times} matching requests, then sets {@code headers} on the answer, whatever it is. */
    void addHeaders(int times, Predicate<FakeRequest> which, Map<String, String> headers) {
        extraHeaders.add(new Armed(times, which, null, headers));
    }

    /** Handles the next {@code times} matching requests, then drops the connection instead of answering. */
    void dropAfterProcessing(int times, Predicate<FakeRequest> which) {
        afterProcessing.add(new Armed(times, which, null, Map.of()));
    }

    /** The answer of the first armed fault that matches, given what the request carried ({@code echo}). */
    Optional<Reply> replacementFor(FakeRequest request, Supplier<Echo> echo) {
        return take(beforeProcessing, request).map(armed -> armed.reply.apply(echo.get()));
    }

    /** The answer with the headers of the first armed fault that matches, if any. */
    Reply withExtraHeaders(FakeRequest request, Reply reply) {
        var headers = take(extraHeaders, request).map(armed -> armed.headers).orElse(Map.of());
        var changed = reply;
        for (var header : headers.entrySet()) {
            changed = changed.withHeader(header.getKey(), header.getValue());
        }
        return changed;
    }

    boolean dropsAfterProcessing(FakeRequest request) {
        return take(afterProcessing, request).isPresent();
    }

    void clear() {
        beforeProcessing.clear();
        afterProcessing.clear();
        extraHeaders.clear();
    }

    private static Optional<Armed> take(List<Armed> armed, FakeRequest request) {
        for (var iterator = armed.iterator(); iterator.hasNext();) {
            var fault = iterator.next();
            if (fault.which.test(request)) {
                if (--fault.remaining == 0) {
                    iterator.remove();
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private static final class Armed {
        private final Predicate<FakeRequest> which;
        private final Function<Echo, Reply> reply;
        private final Map<String, String> headers;
        private int remaining;

        Armed(int times, Predicate<FakeRequest> which, Function<Echo, Reply> reply, Map<String, String> headers) {
            if (times < 1) {
                throw new IllegalArgumentException("a fault fires at least once, not " + times + " times");
            }
            this.remaining = times;
            this.which = which;
            this.reply = reply;
            this.headers = Map.copyOf(headers);
        }
    }
}
