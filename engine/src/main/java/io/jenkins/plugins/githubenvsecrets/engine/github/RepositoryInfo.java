package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import java.util.Objects;

/**
 * A repository as GitHub reports it: its numeric id and its current owner and name (which may differ from what was
 * asked for after a rename or in letter case).
 */
public record RepositoryInfo(long id, RepositoryCoordinates coordinates) {
    public RepositoryInfo {
        Objects.requireNonNull(coordinates, "coordinates");
    }
}
