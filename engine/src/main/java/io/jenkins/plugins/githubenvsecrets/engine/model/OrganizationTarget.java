package io.jenkins.plugins.githubenvsecrets.engine.model;

import java.util.List;
import java.util.Objects;

/** The secrets (of one application) and the variables of an organization. */
public record OrganizationTarget(OrganizationName organization, Application application) implements Target {
    public OrganizationTarget {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(application, "application");
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ORGANIZATION;
    }

    @Override
    public List<String> routeSegments() {
        return List.of("orgs", organization.value(), application.pathSegment());
    }

    @Override
    public String describe() {
        return "organization " + organization + Targets.applicationSuffix(application);
    }

    @Override
    public String toString() {
        return describe();
    }
}
