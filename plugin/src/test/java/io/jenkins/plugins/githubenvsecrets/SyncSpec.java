package io.jenkins.plugins.githubenvsecrets;

import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import io.jenkins.plugins.githubenvsecrets.step.GitHubEnvironmentSecretBuilder;
import io.jenkins.plugins.githubenvsecrets.step.GitHubEnvironmentSecretStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sync as a test configures it, turned into the pipeline step or the freestyle build step with the same settings,
 * plus the string credentials to bind as environment variables around it.
 */
public final class SyncSpec {
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

    public SyncSpec(String repository) {
        this.repository = repository;
    }

    public SyncSpec environment(String name) {
        this.environment = name;
        return this;
    }

    public SyncSpec environments(String... names) {
        this.environments = List.of(names);
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

    /** Pipeline only: the step returns a map per secret. */
    public SyncSpec detailedResult() {
        this.detailedResult = true;
        return this;
    }

    public Map<String, String> boundVariables() {
        return boundVariables;
    }

    public boolean usesEnvironmentList() {
        return environments != null;
    }

    public GitHubEnvironmentSecretStep step() {
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

    public GitHubEnvironmentSecretBuilder builder() {
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
