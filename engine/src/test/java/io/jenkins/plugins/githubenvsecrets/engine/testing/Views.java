package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.HttpUrl;

/** The JSON GitHub answers with, in the shapes of its OpenAPI description (the fields clients read). */
final class Views {
    private Views() {
    }

    static ObjectNode repository(FakeRepository repository, HttpUrl apiBase) {
        var json = Json.object()
                .put("id", repository.id())
                .put("node_id", nodeId("R_", repository.id()))
                .put("name", repository.name())
                .put("full_name", repository.fullName())
                .put("private", true)
                .put("visibility", "private")
                .put("html_url", webUrl(apiBase, repository.owner(), repository.name()))
                .put("url", apiBase.newBuilder()
                        .addPathSegment("repos").addPathSegment(repository.owner()).addPathSegment(repository.name())
                        .build().toString());
        json.putObject("owner").put("login", repository.owner()).put("type", "User");
        return json;
    }

    static ObjectNode environment(FakeRepository repository, FakeEnvironment environment, HttpUrl apiBase) {
        var json = Json.object()
                .put("id", environment.id())
                .put("node_id", nodeId("EN_", environment.id()))
                .put("name", environment.name())
                .put("url", apiBase.newBuilder()
                        .addPathSegment("repos").addPathSegment(repository.owner()).addPathSegment(repository.name())
                        .addPathSegment("environments").addPathSegment(environment.name())
                        .build().toString())
                .put("html_url", webUrl(apiBase, repository.owner(), repository.name()) + "/deployments")
                .put("created_at", Json.timestamp(environment.createdAt()))
                .put("updated_at", Json.timestamp(environment.updatedAt()));
        json.putArray("protection_rules");
        json.putNull("deployment_branch_policy");
        return json;
    }

    static ObjectNode publicKey(SealedBoxKeys keys) {
        return Json.object()
                .put("key_id", keys.keyId())
                .put("key", Base64.getEncoder().encodeToString(keys.publicKey()));
    }

    static ObjectNode secret(SecretMetadata metadata) {
        return Json.object()
                .put("name", metadata.name())
                .put("created_at", Json.timestamp(metadata.createdAt()))
                .put("updated_at", Json.timestamp(metadata.updatedAt()));
    }

    private static String webUrl(HttpUrl apiBase, String owner, String name) {
        return new HttpUrl.Builder().scheme(apiBase.scheme()).host(apiBase.host()).port(apiBase.port())
                .addPathSegment(owner).addPathSegment(name).build().toString();
    }

    private static String nodeId(String prefix, long id) {
        return prefix + Base64.getEncoder().withoutPadding()
                .encodeToString(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
    }
}
