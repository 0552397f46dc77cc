package io.jenkins.plugins.githubenvsecrets;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteLane;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One write lane per GitHub and credential for the whole controller: builds that sync at the same time with the same
 * credential write one at a time and keep GitHub's gap between writes together, as GitHub counts their writes
 * together. The key holds the credential's id, never its secret.
 */
@Restricted(NoExternalUse.class)
public final class WriteLanes {
    private static final Map<String, WriteLane> LANES = new ConcurrentHashMap<>();

    private WriteLanes() {
    }

    public static WriteLane of(GitHubApiUrl api, String credentialsId) {
        return LANES.computeIfAbsent(api + " " + credentialsId, key -> new WriteLane());
    }
}
