package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One repository with its environments, each application's secrets (each under a key pair of its own) and its
 * variables; environment names are case-insensitive, as on GitHub.
 */
final class FakeRepository {
    private final String owner;
    private final String name;
    private final long id;
    private final Map<String, FakeEnvironment> environments = new LinkedHashMap<>();
    private final Map<Application, FakeSecrets> secrets = new EnumMap<>(Application.class);
    private final FakeVariables variables = new FakeVariables();

    FakeRepository(String owner, String name, long id) {
        this.owner = owner;
        this.name = name;
        this.id = id;
    }

    String owner() {
        return owner;
    }

    String name() {
        return name;
    }

    String fullName() {
        return owner + "/" + name;
    }

    long id() {
        return id;
    }

    Optional<FakeEnvironment> environment(String environmentName) {
        return Optional.ofNullable(environments.get(key(environmentName)));
    }

    Collection<FakeEnvironment> environments() {
        return environments.values();
    }

    /** The application's secrets; their key pair is made from {@code newKeys} when first needed. */
    FakeSecrets secrets(Application application, Supplier<SealedBoxKeys> newKeys) {
        return secrets.computeIfAbsent(application, unused -> new FakeSecrets(newKeys.get()));
    }

    FakeVariables variables() {
        return variables;
    }

    void add(FakeEnvironment environment) {
        environments.put(key(environment.name()), environment);
    }

    static String key(String caseInsensitiveName) {
        return caseInsensitiveName.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "repository " + fullName();
    }
}
