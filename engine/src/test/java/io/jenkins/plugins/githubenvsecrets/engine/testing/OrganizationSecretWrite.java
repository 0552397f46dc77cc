package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of "create or update an organization secret": {@code visibility} (required), {@code
 * selected_repository_ids} (integers, only with {@code selected}), and {@code encrypted_value} with {@code key_id},
 * which the schema lets a write leave out to change the visibility alone (both or neither).
 */
record OrganizationSecretWrite(Optional<SecretWrite> sealed, Visibility visibility, Optional<List<Long>> ids) {
    private static final String WHAT = "organization secret body";
    private static final Set<String> PROPERTIES =
            Set.of("encrypted_value", "key_id", "visibility", "selected_repository_ids");

    static OrganizationSecretWrite parse(byte[] body, String documentation) throws RejectedRequest {
        var json = JsonBody.object(body, WHAT, documentation);
        JsonBody.onlyProperties(json, PROPERTIES, WHAT, documentation);
        var visibility = JsonBody.visibility(json, true, WHAT, documentation);
        var ids = JsonBody.repositoryIds(json, false, WHAT, documentation);
        JsonBody.idsOnlyWhenSelected(visibility, ids, WHAT, documentation);
        boolean value = json.has("encrypted_value");
        if (value != json.has("key_id")) {
            var missing = value ? "key_id" : "encrypted_value";
            throw RejectedRequest.schemaViolation(WHAT + " lacks " + missing, "\"" + missing + "\" wasn't supplied.",
                    documentation);
        }
        var sealed = value ? Optional.of(SecretWrite.fromFields(json, documentation)) : Optional.<SecretWrite>empty();
        return new OrganizationSecretWrite(sealed, visibility.orElseThrow(), ids);
    }

    /** The access this write asks for: ids given, or none. */
    FakeAccess access() {
        return FakeAccess.of(visibility, ids.orElse(List.of()));
    }

    @Override
    public String toString() {
        return "organization secret write, visibility " + visibility.apiValue()
                + sealed.map(write -> ", " + write).orElse("");
    }
}
