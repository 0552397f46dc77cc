package io.jenkins.plugins.githubenvsecrets.engine.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.Collection;

/** Parts of request bodies that several endpoints share. */
final class Bodies {
    private Bodies() {}

    /**
     * {@code body} with {@code visibility} and, for {@code selected} only, {@code selected_repository_ids}: GitHub
     * takes the ids with no other visibility.
     */
    static ObjectNode withAccess(ObjectNode body, RepositoryAccess access) {
        body.put("visibility", access.visibility().apiValue());
        if (access.visibility() == Visibility.SELECTED) {
            repositoryIds(body, access.selectedRepositoryIds());
        }
        return body;
    }

    /** {@code body} with {@code selected_repository_ids}, as integers: GitHub refuses ids given as strings. */
    static ObjectNode repositoryIds(ObjectNode body, Collection<Long> ids) {
        ArrayNode array = body.putArray("selected_repository_ids");
        ids.forEach(array::add);
        return body;
    }
}
