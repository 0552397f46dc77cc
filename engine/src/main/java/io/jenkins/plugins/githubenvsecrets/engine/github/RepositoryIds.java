package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Repository names resolved to GitHub's numeric ids: the ids found, and for each name that has none, why, in words
 * naming the repository. Both keep the order the names were asked in; names compare ignoring case, as GitHub's do.
 */
public record RepositoryIds(Map<RepositoryCoordinates, Long> ids, Map<RepositoryCoordinates, String> problems) {
    public RepositoryIds {
        ids = Collections.unmodifiableMap(new LinkedHashMap<>(ids));
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Whether every name asked for has an id. */
    public boolean complete() {
        return problems.isEmpty();
    }

    public Optional<Long> idOf(RepositoryCoordinates repository) {
        return Optional.ofNullable(ids.get(repository));
    }

    /** Every problem, one line each, for a validation report. */
    public List<String> problemLines() {
        return new ArrayList<>(problems.values());
    }
}
