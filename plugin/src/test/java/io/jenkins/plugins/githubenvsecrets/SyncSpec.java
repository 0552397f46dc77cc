package io.jenkins.plugins.githubenvsecrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sync as a test configures it, turned into the pipeline step or the freestyle build step with the same settings,
 * plus the string credentials to bind as environment variables around it.
 */
final class SyncSpec {
    private final String repository;
    private String environment;
    private List<String> environments;
    private String credentialsId;
    private String apiUrl;
    private final List<SecretSource> secrets = new ArrayList<>();
    private boolean createEnvironment;
    private boolean prune;
    private boolean pruneAll;
    private boolean force;
    private String syncIdentity;
    private boolean dryRun;
    private boolean failOnDrift;
    private boolean detailedResult;
    private final Map<String, String> boundVariables = new LinkedHashMap<>();

    SyncSpec(String repository) {
        this.repository = repository;
    }

    SyncSpec environment(String name) {
        this.environment = name;
        return this;
    }

    SyncSpec environments(String... names) {
        this.environments = List.of(names);
        return this;
    }

    SyncSpec credentialsId(String id) {
        this.credentialsId = id;
        return this;
    }

    SyncSpec apiUrl(String url) {
        this.apiUrl = url;
        return this;
    }

    SyncSpec secretFromCredential(String name, String credentialId) {
        SecretSource source = new SecretSource(name);
        source.setCredentialsId(credentialId);
        secrets.add(source);
        return this;
    }

    SyncSpec usernameFromCredential(String name, String credentialId) {
        SecretSource source = new SecretSource(name);
        source.setCredentialsId(credentialId);
        source.setUsernameAsValue(true);
        secrets.add(source);
        return this;
    }

    SyncSpec secretFromEnv(String name, String variable) {
        SecretSource source = new SecretSource(name);
        source.setFromEnv(variable);
        secrets.add(source);
        return this;
    }

    /** Binds a secret text credential to {@code variable} around the sync (withCredentials / build wrapper). */
    SyncSpec bindString(String variable, String credentialId) {
        boundVariables.put(variable, credentialId);
        return this;
    }

    SyncSpec createEnvironment() {
        this.createEnvironment = true;
        return this;
    }

    SyncSpec prune() {
        this.prune = true;
        return this;
    }

    SyncSpec pruneAll() {
        this.pruneAll = true;
        return this;
    }

    SyncSpec force() {
        this.force = true;
        return this;
    }

    SyncSpec syncIdentity(String identity) {
        this.syncIdentity = identity;
        return this;
    }

    SyncSpec dryRun() {
        this.dryRun = true;
        return this;
    }

    SyncSpec failOnDrift() {
        this.failOnDrift = true;
        return this;
    }

    /** Pipeline only: the step returns a map per secret. */
    SyncSpec detailedResult() {
        this.detailedResult = true;
        return this;
    }

    Map<String, String> boundVariables() {
        return boundVariables;
    }

    boolean usesEnvironmentList() {
        return environments != null;
    }

    GitHubEnvironmentSecretStep step() {
        GitHubEnvironmentSecretStep step = new GitHubEnvironmentSecretStep(repository);
        step.setEnvironment(environment);
        step.setEnvironments(environments);
        step.setCredentialsId(credentialsId);
        step.setApiUrl(apiUrl);
        step.setSecrets(secrets);
        step.setCreateEnvironment(createEnvironment);
        step.setPrune(prune);
        step.setPruneAll(pruneAll);
        step.setForce(force);
        step.setSyncIdentity(syncIdentity);
        step.setDryRun(dryRun);
        step.setFailOnDrift(failOnDrift);
        step.setDetailedResult(detailedResult);
        return step;
    }

    GitHubEnvironmentSecretBuilder builder() {
        if (environments != null) {
            throw new IllegalStateException("the freestyle build step takes one environment");
        }
        if (detailedResult) {
            throw new IllegalStateException("the freestyle build step returns no result");
        }
        GitHubEnvironmentSecretBuilder builder = new GitHubEnvironmentSecretBuilder(repository);
        builder.setEnvironment(environment);
        builder.setCredentialsId(credentialsId);
        builder.setApiUrl(apiUrl);
        builder.setSecrets(secrets);
        builder.setCreateEnvironment(createEnvironment);
        builder.setPrune(prune);
        builder.setPruneAll(pruneAll);
        builder.setForce(force);
        builder.setSyncIdentity(syncIdentity);
        builder.setDryRun(dryRun);
        builder.setFailOnDrift(failOnDrift);
        return builder;
    }
}
