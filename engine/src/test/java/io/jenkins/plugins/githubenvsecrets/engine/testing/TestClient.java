package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** A bare HTTP client for the fake's own tests: sends what GitHub expects unless a test removes or changes it. */
final class TestClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    // The fake's answers as they are: a redirect too is an answer to check.
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .followRedirects(false).build();
    private final String apiUrl;
    private final String token;

    TestClient(GitHubFake github, String token) {
        this.apiUrl = github.apiUrl();
        this.token = token;
    }

    /** {@code path} is already encoded, e.g. {@code /repos/acme/web/environments/a%2Fb}; a PUT without JSON is empty. */
    Request.Builder request(String method, String path, String json) {
        var body = json == null && method.equals("PUT") ? "" : json;
        return new Request.Builder()
                .url(url(path))
                .method(method, body == null ? null : RequestBody.create(body, JSON))
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "github-environment-secrets-tests")
                .header("Authorization", "Bearer " + token);
    }

    HttpUrl url(String path) {
        return HttpUrl.get(apiUrl + path);
    }

    Answer get(String path) {
        return send(request("GET", path, null));
    }

    Answer put(String path, String json) {
        return send(request("PUT", path, json));
    }

    Answer post(String path, String json) {
        return send(request("POST", path, json));
    }

    Answer patch(String path, String json) {
        return send(request("PATCH", path, json));
    }

    Answer delete(String path) {
        return send(request("DELETE", path, null));
    }

    Answer send(Request.Builder request) {
        try {
            return sendOrFail(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer sendOrFail(Request.Builder request) throws IOException {
        try (var response = http.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.headers(), response.body().string());
        }
    }

    /**
     * Fetches the public key below {@code targetPath} (an environment's, or {@code /repos/o/r/dependabot} and the
     * like) over HTTP and seals {@code value} for it, as a correct client does.
     */
    String sealedBody(String targetPath, byte[] value) {
        var key = get(targetPath + "/secrets/public-key").json();
        return sealedBody(Base64.getDecoder().decode(key.get("key").asText()), key.get("key_id").asText(), value);
    }

    static String sealedBody(byte[] publicKey, String keyId, byte[] value) {
        var sealed = Base64.getEncoder().encodeToString(SealedBoxKeys.seal(value, publicKey));
        return Json.write(Json.object().put("encrypted_value", sealed).put("key_id", keyId));
    }

    record Answer(int status, Headers headers, String body) {
        JsonNode json() {
            try {
                return Json.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String message() {
            return json().path("message").asText();
        }
    }
}
