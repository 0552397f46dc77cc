package io.jenkins.plugins.githubenvsecrets;

import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.step.EnvironmentScope;
import io.jenkins.plugins.githubenvsecrets.step.GitHubEnvironmentSecretStep;
import io.jenkins.plugins.githubenvsecrets.step.GitHubOrganizationSecretStep;
import io.jenkins.plugins.githubenvsecrets.step.GitHubRepositorySecretStep;
import io.jenkins.plugins.githubenvsecrets.step.GitHubSecretBuilder;
import io.jenkins.plugins.githubenvsecrets.step.GitHubSecretStep;
import io.jenkins.plugins.githubenvsecrets.step.OrganizationScope;
import io.jenkins.plugins.githubenvsecrets.step.RepositoryScope;
import io.jenkins.plugins.githubenvsecrets.step.SyncScope;
import io.jenkins.plugins.githubenvsecrets.step.VariableSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sync as a test configures it, turned into the Pipeline step of its scope or the freestyle build step with that
 * scope, with the same settings, plus the string credentials to bind as environment variables around it.
 */
public final class SyncSpec {
    private final TargetKind kind;
    private String repository;
    private List<String> repositories;
    private String environment;
    private List<String> environments;
    private String organization;
    private String visibility;
    private List<String> selectedRepositories;
    private String application;
    private String credentialsId;
    private String apiUrl;
    private final List<SecretSource> secrets = new ArrayList<>();
    private final List<VariableSource> variables = new ArrayList<>();
    private boolean createEnvironment;
    private boolean prune;
    private boolean pruneAll;
    private boolean force;
    private String syncIdentity;
    private boolean dryRun;
    private boolean failOnDrift;
    private boolean detailedResult;
    private Boolean failOnError;
    private final Map<String, String> boundVariables = new LinkedHashMap<>();

    /** A sync to environments of {@code repository}. */
    public SyncSpec(String repository) {
        this(TargetKind.ENVIRONMENT);
        this.repository = repository;
    }

    private SyncSpec(TargetKind kind) {
        this.kind = kind;
    }

    /** A sync of {@code repository}'s own secrets and variables. */
    public static SyncSpec ofRepository(String repository) {
        SyncSpec spec = new SyncSpec(TargetKind.REPOSITORY);
        spec.repository = repository;
        return spec;
    }

    /** A sync of the repositories' own secrets and variables, given as a list. */
    public static SyncSpec ofRepositories(String... repositories) {
        SyncSpec spec = new SyncSpec(TargetKind.REPOSITORY);
        spec.repositories = List.of(repositories);
        return spec;
    }

    /** A sync to environments of each repository, given as a list. */
    public static SyncSpec ofEnvironmentsOf(String... repositories) {
        SyncSpec spec = new SyncSpec(TargetKind.ENVIRONMENT);
        spec.repositories = List.of(repositories);
        return spec;
    }

    /** A sync of {@code organization}'s own secrets and variables. */
    public static SyncSpec ofOrganization(String organization) {
        SyncSpec spec = new SyncSpec(TargetKind.ORGANIZATION);
        spec.organization = organization;
        return spec;
    }

    public SyncSpec environment(String name) {
        this.environment = name;
        return this;
    }

    public SyncSpec environments(String... names) {
        this.environments = List.of(names);
        return this;
    }

    /** Besides {@code repository}, as a user might write both. */
    public SyncSpec alsoRepositories(String... names) {
        this.repositories = List.of(names);
        return this;
    }

    public SyncSpec visibility(String visibility) {
        this.visibility = visibility;
        return this;
    }

    public SyncSpec selectedRepositories(String... names) {
        this.selectedRepositories = List.of(names);
        return this;
    }

    public SyncSpec application(String application) {
        this.application = application;
        return this;
    }

    public SyncSpec credentialsId(String id) {
        this.credentialsId = id;
        return this;
    }

    public SyncSpec apiUrl(String url) {
        this.apiUrl = url;
        return this;
    }

    public SyncSpec secretFromCredential(String name, String credentialId) {
        SecretSource source = new SecretSource(name);
        source.setCredentialsId(credentialId);
        secrets.add(source);
        return this;
    }

    public SyncSpec usernameFromCredential(String name, String credentialId) {
        SecretSource source = new SecretSource(name);
        source.setCredentialsId(credentialId);
        source.setUsernameAsValue(true);
        secrets.add(source);
        return this;
    }

    public SyncSpec secretFromEnv(String name, String variable) {
        SecretSource source = new SecretSource(name);
        source.setFromEnv(variable);
        secrets.add(source);
        return this;
    }

    /** A variable whose value is written in the job's configuration. */
    public SyncSpec variable(String name, String value) {
        VariableSource source = new VariableSource(name);
        source.setValue(value);
        variables.add(source);
        return this;
    }

    public SyncSpec variableFromEnv(String name, String variable) {
        VariableSource source = new VariableSource(name);
        source.setFromEnv(variable);
        variables.add(source);
        return this;
    }

    /** What a user might try, and the sync refuses. */
    public SyncSpec variableFromCredential(String name, String credentialId) {
        VariableSource source = new VariableSource(name);
        source.setCredentialsId(credentialId);
        variables.add(source);
        return this;
    }

    /** Binds a secret text credential to {@code variable} around the sync (withCredentials / build wrapper). */
    public SyncSpec bindString(String variable, String credentialId) {
        boundVariables.put(variable, credentialId);
        return this;
    }

    public SyncSpec createEnvironment() {
        this.createEnvironment = true;
        return this;
    }

    public SyncSpec prune() {
        this.prune = true;
        return this;
    }

    public SyncSpec pruneAll() {
        this.pruneAll = true;
        return this;
    }

    public SyncSpec force() {
        this.force = true;
        return this;
    }

    public SyncSpec syncIdentity(String identity) {
        this.syncIdentity = identity;
        return this;
    }

    public SyncSpec dryRun() {
        this.dryRun = true;
        return this;
    }

    public SyncSpec failOnDrift() {
        this.failOnDrift = true;
        return this;
    }

    /** Pipeline only: the step returns a map per item. */
    public SyncSpec detailedResult() {
        this.detailedResult = true;
        return this;
    }

    /** Pipeline only: the step returns failed items' outcomes instead of failing. */
    public SyncSpec failOnError(boolean failOnError) {
        this.failOnError = failOnError;
        return this;
    }

    public Map<String, String> boundVariables() {
        return boundVariables;
    }

    public TargetKind kind() {
        return kind;
    }

    /** The Pipeline step of this scope. */
    public GitHubSecretStep step() {
        GitHubSecretStep step = switch (kind) {
            case ENVIRONMENT -> environmentStep();
            case REPOSITORY -> repositoryStep();
            case ORGANIZATION -> organizationStep();
        };
        step.setCredentialsId(credentialsId);
        step.setApiUrl(apiUrl);
        step.setSecrets(secrets);
        step.setVariables(variables);
        step.setPrune(prune);
        step.setPruneAll(pruneAll);
        step.setForce(force);
        step.setSyncIdentity(syncIdentity);
        step.setDryRun(dryRun);
        step.setFailOnDrift(failOnDrift);
        step.setDetailedResult(detailedResult);
        if (failOnError != null) {
            step.setFailOnError(failOnError);
        }
        return step;
    }

    private GitHubEnvironmentSecretStep environmentStep() {
        GitHubEnvironmentSecretStep step = new GitHubEnvironmentSecretStep();
        step.setRepository(repository);
        step.setRepositories(repositories);
        step.setEnvironment(environment);
        step.setEnvironments(environments);
        step.setCreateEnvironment(createEnvironment);
        return step;
    }

    private GitHubRepositorySecretStep repositoryStep() {
        GitHubRepositorySecretStep step = new GitHubRepositorySecretStep();
        step.setRepository(repository);
        step.setRepositories(repositories);
        step.setApplication(application);
        return step;
    }

    private GitHubOrganizationSecretStep organizationStep() {
        GitHubOrganizationSecretStep step = new GitHubOrganizationSecretStep();
        step.setOrganization(organization);
        step.setVisibility(visibility);
        step.setSelectedRepositories(selectedRepositories);
        step.setApplication(application);
        return step;
    }

    /** The freestyle build step with this scope; it takes one target and returns no result. */
    public GitHubSecretBuilder builder() {
        if (environments != null || repositories != null) {
            throw new IllegalStateException("the freestyle build step takes one repository and one environment");
        }
        if (detailedResult || failOnError != null) {
            throw new IllegalStateException("the freestyle build step returns no result");
        }
        GitHubSecretBuilder builder = new GitHubSecretBuilder(scope());
        builder.setCredentialsId(credentialsId);
        builder.setApiUrl(apiUrl);
        builder.setSecrets(secrets);
        builder.setVariables(variables);
        builder.setPrune(prune);
        builder.setPruneAll(pruneAll);
        builder.setForce(force);
        builder.setSyncIdentity(syncIdentity);
        builder.setDryRun(dryRun);
        builder.setFailOnDrift(failOnDrift);
        return builder;
    }

    private SyncScope scope() {
        switch (kind) {
            case ENVIRONMENT -> {
                EnvironmentScope scope = new EnvironmentScope();
                scope.setRepository(repository);
                scope.setEnvironment(environment);
                scope.setCreateEnvironment(createEnvironment);
                return scope;
            }
            case REPOSITORY -> {
                RepositoryScope scope = new RepositoryScope();
                scope.setRepository(repository);
                scope.setApplication(application);
                return scope;
            }
            default -> {
                OrganizationScope scope = new OrganizationScope();
                scope.setOrganization(organization);
                scope.setVisibility(visibility);
                scope.setSelectedRepositories(selectedRepositories);
                scope.setApplication(application);
                return scope;
            }
        }
    }
}
