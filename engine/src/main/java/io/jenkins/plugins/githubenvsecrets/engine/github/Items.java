package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;

/** Reads the items of GitHub's answers in the shapes its description gives; anything else is a malformed answer. */
final class Items {
    private Items() {}

    /** {@code {name, created_at, updated_at}}. */
    static SecretMetadata secret(Answer answer, JsonNode json) {
        return new SecretMetadata(answer.text(json, "name"), answer.instant(json, "created_at"),
                answer.instant(json, "updated_at"));
    }

    /** {@code {name, created_at, updated_at, visibility}}. */
    static OrganizationSecret organizationSecret(Answer answer, JsonNode json) {
        return new OrganizationSecret(secret(answer, json), visibility(answer, json));
    }

    /** {@code {name, value, created_at, updated_at}}; the value must be text. */
    static VariableMetadata variable(Answer answer, JsonNode json) {
        JsonNode value = json.path("value");
        if (!value.isTextual()) {
            throw answer.malformed("has no text 'value'");
        }
        return new VariableMetadata(answer.text(json, "name"), value.textValue(), answer.instant(json, "created_at"),
                answer.instant(json, "updated_at"));
    }

    /** {@code {name, value, created_at, updated_at, visibility}}. */
    static OrganizationVariable organizationVariable(Answer answer, JsonNode json) {
        return new OrganizationVariable(variable(answer, json), visibility(answer, json));
    }

    /** A (minimal) repository: {@code {id, name, owner: {login}}}. */
    static RepositoryInfo repository(Answer answer, JsonNode json) {
        String owner = answer.text(json.path("owner"), "login");
        String name = answer.text(json, "name");
        try {
            return new RepositoryInfo(answer.number(json, "id"), new RepositoryCoordinates(owner, name));
        } catch (IllegalArgumentException e) {
            throw answer.malformed("names a repository that is not valid");
        }
    }

    private static Visibility visibility(Answer answer, JsonNode json) {
        JsonNode value = json.path("visibility");
        return Visibility.fromApiValue(value.isTextual() ? value.textValue() : null)
                .orElseThrow(() -> answer.malformed("has no 'visibility' of all, private or selected"));
    }
}
