package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The variables of an environment, a repository or an organization, by upper-case name in GitHub's listing order;
 * for an organization also which repositories may read each one.
 */
final class FakeVariables {
    private final SortedMap<String, StoredVariable> variables = new TreeMap<>();
    private final Map<String, FakeAccess> access = new HashMap<>();

    Optional<StoredVariable> variable(String name) {
        return Optional.ofNullable(variables.get(SecretNames.canonical(name)));
    }

    List<StoredVariable> variables() {
        return new ArrayList<>(variables.values());
    }

    int count() {
        return variables.size();
    }

    /** The UTF-8 bytes of every value, as GitHub counts a target's variables against its total. */
    long totalBytes() {
        return variables.values().stream().mapToLong(variable -> utf8Length(variable.value())).sum();
    }

    void store(StoredVariable variable) {
        variables.put(SecretNames.canonical(variable.name()), variable);
    }

    boolean delete(String name) {
        access.remove(SecretNames.canonical(name));
        return variables.remove(SecretNames.canonical(name)) != null;
    }

    /** Which repositories may read an organization variable; {@link FakeAccess#ALL} until set. */
    FakeAccess access(String name) {
        return access.getOrDefault(SecretNames.canonical(name), FakeAccess.ALL);
    }

    void access(String name, FakeAccess newAccess) {
        access.put(SecretNames.canonical(name), newAccess);
    }

    static long utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public String toString() {
        return variables.size() + " variables";
    }
}
