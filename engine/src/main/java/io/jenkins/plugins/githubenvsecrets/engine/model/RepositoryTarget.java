package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.List;
import java.util.Objects;

/** The secrets (of one application) and the variables of a repository. */
public record RepositoryTarget(RepositoryCoordinates repository, Application application) implements Target {
    public RepositoryTarget {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(application, "application");
    }

    @Override
    public TargetKind kind() {
        return TargetKind.REPOSITORY;
    }

    @Override
    public List<String> routeSegments() {
        return List.of("repos", repository.owner(), repository.name(), application.pathSegment());
    }

    @Override
    public String describe() {
        return "repository " + repository + Targets.applicationSuffix(application);
    }

    @Override
    public String toString() {
        return describe();
    }
}
