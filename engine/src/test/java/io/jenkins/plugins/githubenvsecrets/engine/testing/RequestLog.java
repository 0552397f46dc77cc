package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What reached the fake: every answered request in the order it was answered, every protocol violation, and how
 * many requests were in flight at once (to check that a client sends its writes one at a time). Thread-safe.
 */
final class RequestLog {
    private final List<FakeRequest> requests = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private int inFlight;
    private int mutationsInFlight;
    private int maxInFlight;
    private int maxMutationsInFlight;

    synchronized void enter(FakeRequest request) {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        if (request.isMutating()) {
            maxMutationsInFlight = Math.max(maxMutationsInFlight, ++mutationsInFlight);
        }
    }

    synchronized void leave(FakeRequest answered) {
        inFlight--;
        if (answered.isMutating()) {
            mutationsInFlight--;
        }
        requests.add(answered);
    }

    synchronized void violation(String problem) {
        violations.add(problem);
    }

    synchronized List<FakeRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized int maxInFlight() {
        return maxInFlight;
    }

    synchronized int maxMutationsInFlight() {
        return maxMutationsInFlight;
    }

    /** Forgets the requests and the in-flight peaks; protocol violations stay, so none can be hidden by accident. */
    synchronized void clearRequests() {
        requests.clear();
        maxInFlight = inFlight;
        maxMutationsInFlight = mutationsInFlight;
    }
}
