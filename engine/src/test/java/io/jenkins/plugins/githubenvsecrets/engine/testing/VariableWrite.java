package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of "create a variable" ({@code POST}: {@code name} and {@code value} required) or "update a variable"
 * ({@code PATCH}: every field optional, a {@code name} renames it); for an organization also {@code visibility}
 * (required to create) and {@code selected_repository_ids} (integers, only with {@code selected}). Messages name
 * fields, never values.
 */
record VariableWrite(Optional<String> name, Optional<String> value, Optional<Visibility> visibility,
        Optional<List<Long>> ids) {
    private static final Set<String> PROPERTIES = Set.of("name", "value");
    private static final Set<String> ORGANIZATION_PROPERTIES =
            Set.of("name", "value", "visibility", "selected_repository_ids");

    static VariableWrite parse(byte[] body, boolean create, boolean organization, String documentation)
            throws RejectedRequest {
        var what = "variable body";
        var json = JsonBody.object(body, what, documentation);
        JsonBody.onlyProperties(json, organization ? ORGANIZATION_PROPERTIES : PROPERTIES, what, documentation);
        var name = JsonBody.string(json, "name", create, what, documentation);
        var value = JsonBody.string(json, "value", create, what, documentation);
        var visibility = organization ? JsonBody.visibility(json, create, what, documentation)
                : Optional.<Visibility>empty();
        var ids = organization ? JsonBody.repositoryIds(json, false, what, documentation)
                : Optional.<List<Long>>empty();
        JsonBody.idsOnlyWhenSelected(visibility, ids, what, documentation);
        return new VariableWrite(name, value, visibility, ids);
    }

    @Override
    public String toString() {
        return "variable write" + name.map(given -> " of " + given).orElse("") + " (value hidden)";
    }
}
