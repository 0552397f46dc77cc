package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One repository with its environments; environment names are case-insensitive, as on GitHub. */
final class FakeRepository {
    private final String owner;
    private final String name;
    private final long id;
    private final Map<String, FakeEnvironment> environments = new LinkedHashMap<>();

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
