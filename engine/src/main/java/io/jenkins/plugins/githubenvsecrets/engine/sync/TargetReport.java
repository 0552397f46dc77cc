package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sync did in one target: the target's own outcome, and one result per secret and per variable the sync acted
 * on there, each kind in the order it was planned (declared ones first, then removed, then pruned ones).
 *
 * @param target where: an environment of a repository, a repository or an organization, with its application; its
 *     repository as resolved (a repository given by id appears under its owner and name)
 * @param outcome the target's own outcome
 * @param error why the target failed as a whole; {@code null} unless {@link TargetOutcome#FAILED}
 * @param secrets one result per secret
 * @param variables one result per variable; empty when the sync handled no variables
 */
public record TargetReport(Target target, TargetOutcome outcome, String error, List<SecretResult> secrets,
        List<SecretResult> variables) {
    public TargetReport {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        secrets = List.copyOf(secrets);
        variables = List.copyOf(variables);
    }

    /** Why the target failed as a whole. */
    public Optional<String> targetError() {
        return Optional.ofNullable(error);
    }

    /** The results of one kind: {@link #secrets()} or {@link #variables()}. */
    public List<SecretResult> results(ValueKind kind) {
        return kind == ValueKind.SECRET ? secrets : variables;
    }

    /** The repository of an environment or repository target; empty for an organization. */
    public Optional<RepositoryCoordinates> repository() {
        if (target instanceof EnvironmentTarget environment) {
            return Optional.of(environment.repository());
        }
        if (target instanceof RepositoryTarget repository) {
            return Optional.of(repository.repository());
        }
        return Optional.empty();
    }

    /** The environment of an environment target; empty otherwise. */
    public Optional<EnvironmentName> environment() {
        return target instanceof EnvironmentTarget environment ? Optional.of(environment.environment())
                : Optional.empty();
    }

    /** The organization of an organization target; empty otherwise. */
    public Optional<OrganizationName> organization() {
        return target instanceof OrganizationTarget organization ? Optional.of(organization.organization())
                : Optional.empty();
    }

    public boolean hasFailures() {
        return outcome == TargetOutcome.FAILED || secrets.stream().anyMatch(SecretResult::failed)
                || variables.stream().anyMatch(SecretResult::failed);
    }

    /**
     * Where, as report lines name it: {@code acme/web environment 'production'}, {@code repository acme/web
     * (Dependabot)}, {@code organization acme}.
     */
    public String where() {
        if (target instanceof EnvironmentTarget environment) {
            return environment.repository() + " environment '" + environment.environment() + "'";
        }
        return target.describe();
    }
}
