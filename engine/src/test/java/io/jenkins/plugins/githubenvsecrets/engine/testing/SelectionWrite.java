package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.List;
import java.util.Set;

/** The body of "set selected repositories" of an organization secret or variable: {@code selected_repository_ids}. */
record SelectionWrite(List<Long> ids) {
    private static final String WHAT = "selected repositories body";

    static SelectionWrite parse(byte[] body, String documentation) throws RejectedRequest {
        var json = JsonBody.object(body, WHAT, documentation);
        JsonBody.onlyProperties(json, Set.of("selected_repository_ids"), WHAT, documentation);
        return new SelectionWrite(JsonBody.repositoryIds(json, true, WHAT, documentation).orElseThrow());
    }
}
