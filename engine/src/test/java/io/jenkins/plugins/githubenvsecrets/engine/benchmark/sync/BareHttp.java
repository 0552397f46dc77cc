package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP against the benchmark's fake, with the headers GitHub wants; for clients that are not our engine. */
final class BareHttp implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final BenchGitHub github;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES))
            .build();

    BareHttp(BenchGitHub github) {
        this.github = github;
    }

    /** Status and body of a GET of {@code .../environments/{environment}/secrets/{below}}. */
    Answer get(String environment, String below, String query) throws IOException {
        return send(request(environment, below, query).get());
    }

    int put(String environment, String secret, byte[] json) throws IOException {
        return send(request(environment, secret, null).put(RequestBody.create(json, JSON))).status();
    }

    private Answer send(Request.Builder request) throws IOException {
        try (Response response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.body().bytes());
        }
    }

    private Request.Builder request(String environment, String below, String query) {
        HttpUrl.Builder url = HttpUrl.get(github.apiUrl()).newBuilder()
                .addPathSegment("repos").addPathSegment(BenchGitHub.OWNER).addPathSegment(BenchGitHub.REPOSITORY)
                .addPathSegment("environments").addPathSegment(environment)
                .addPathSegment("secrets");
        if (!below.isEmpty()) {
            url.addPathSegment(below);
        }
        if (query != null) {
            url.encodedQuery(query);
        }
        return new Request.Builder().url(url.build())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "sync-benchmark-bare-client/1.0")
                .header("Authorization", "Bearer " + BenchGitHub.TOKEN);
    }

    @Override
    public void close() {
        http.connectionPool().evictAll();
    }

    record Answer(int status, byte[] body) {
    }
}
