package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import io.jenkins.plugins.githubenvsecrets.engine.testing.FakeRequest;
import java.time.Duration;
import java.util.List;

/**
 * What the fake saw of one run, and how long the run took in simulated time.
 *
 * @param requests requests the fake answered
 * @param writes requests among them that change a secret or variable (PUT, PATCH, DELETE and POST, but the POST of a
 *     GraphQL lookup), refused or not
 * @param refused requests refused for a rate limit (403 or 429)
 * @param wall simulated time from the run's start to its end
 * @param wrongValues secrets whose stored value is not the one the run wrote (checked by decrypting)
 */
record Measurement(int requests, int writes, int refused, Duration wall, int wrongValues) {
    static Measurement of(List<FakeRequest> seen, Duration wall, int wrongValues) {
        int writes = (int) seen.stream().filter(request -> request.isMutating()
                && !request.path().endsWith("/graphql")).count();
        int refused = (int) seen.stream().filter(request -> request.status() == 403 || request.status() == 429)
                .count();
        return new Measurement(seen.size(), writes, refused, wall, wrongValues);
    }

    /** The same measurement, with the values found wrong afterwards. */
    Measurement withWrongValues(int wrong) {
        return new Measurement(requests, writes, refused, wall, wrong);
    }
}
