package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.List;
import java.util.Objects;

/** The secrets and variables of one deployment environment of a repository; Actions only. */
public record EnvironmentTarget(RepositoryCoordinates repository, EnvironmentName environment) implements Target {
    public EnvironmentTarget {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(environment, "environment");
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ENVIRONMENT;
    }

    @Override
    public Application application() {
        return Application.ACTIONS;
    }

    @Override
    public List<String> routeSegments() {
        return List.of("repos", repository.owner(), repository.name(), "environments", environment.value());
    }

    @Override
    public String describe() {
        return "environment '" + environment + "' of " + repository;
    }

    @Override
    public String toString() {
        return describe();
    }
}
