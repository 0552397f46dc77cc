package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import okhttp3.HttpUrl;

/** The JSON of organization secrets and of variables, in the shapes of GitHub's description. */
final class TargetViews {
    private TargetViews() {
    }

    /** {@code {name, created_at, updated_at, visibility}} and, when selected, {@code selected_repositories_url}. */
    static ObjectNode organizationSecret(SecretMetadata metadata, FakeAccess access, HttpUrl selectedUrl) {
        return withAccess(Views.secret(metadata), access, selectedUrl);
    }

    /** {@code {name, value, created_at, updated_at}}. */
    static ObjectNode variable(StoredVariable variable) {
        return Json.object()
                .put("name", variable.name())
                .put("value", variable.value())
                .put("created_at", Json.timestamp(variable.createdAt()))
                .put("updated_at", Json.timestamp(variable.updatedAt()));
    }

    /** A variable with its organization's {@code visibility} and, when selected, {@code selected_repositories_url}. */
    static ObjectNode organizationVariable(StoredVariable variable, FakeAccess access, HttpUrl selectedUrl) {
        return withAccess(variable(variable), access, selectedUrl);
    }

    private static ObjectNode withAccess(ObjectNode json, FakeAccess access, HttpUrl selectedUrl) {
        json.put("visibility", access.visibility().apiValue());
        if (access.visibility() == Visibility.SELECTED) {
            json.put("selected_repositories_url", selectedUrl.toString());
        }
        return json;
    }
}
