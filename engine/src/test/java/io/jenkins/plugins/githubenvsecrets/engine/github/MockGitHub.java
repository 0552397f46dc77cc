package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer standing in for GitHub, and a client pointed at it that waits on fake time and records what its
 * listener hears.
 */
final class MockGitHub implements AutoCloseable {
    /** Distinctive, so that any leak into a message is found by a plain search. */
    static final String TOKEN = "ghp_LeakCanary7Zq9XwVt3Rb8Kp2Nd5Mf1Hs4";
    static final RepositoryCoordinates REPO = new RepositoryCoordinates("acme", "web");

    final MockWebServer server = new MockWebServer();
    final FakeTime time = new FakeTime();
    final List<String> heard = new ArrayList<>();
    final GitHubClient client;

    MockGitHub() throws IOException {
        this(RetryPolicy.defaults(), "/");
    }

    MockGitHub(RetryPolicy policy, String basePath) throws IOException {
        server.start();
        client = builder(basePath).retryPolicy(policy.withJitter(() -> 1.0)).build();
    }

    /** A builder for a client of this server, with fake time and a recording listener. */
    GitHubClient.Builder builder(String basePath) {
        return GitHubClient.builder(GitHubApiUrl.parse(server.url(basePath).toString()),
                        AccessToken.of(TOKEN.toCharArray()))
                .clock(time)
                .sleeper(time)
                .listener(new RequestListener() {
                    @Override
                    public void retryScheduled(RequestContext request, int attempt, Duration delay, String reason) {
                        heard.add("retry " + request.describe() + " #" + attempt + " in " + delay + ": " + reason);
                    }

                    @Override
                    public void rateLimitWait(RequestContext request, Duration delay, String reason) {
                        heard.add("rate limit " + request.describe() + " in " + delay + ": " + reason);
                    }
                });
    }

    void enqueue(int status, String jsonBody, String... headerPairs) {
        MockResponse.Builder response = new MockResponse.Builder().code(status);
        if (jsonBody != null) {
            response.body(jsonBody).setHeader("Content-Type", "application/json; charset=utf-8");
        }
        for (int i = 0; i < headerPairs.length; i += 2) {
            response.addHeader(headerPairs[i], headerPairs[i + 1]);
        }
        server.enqueue(response.build());
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    void assertNoMoreRequests() throws InterruptedException {
        assertThat(server.takeRequest(100, TimeUnit.MILLISECONDS)).as("no further request").isNull();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
