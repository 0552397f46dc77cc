package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One organization: its login as created, its id, each application's secrets under a key pair of its own, and its
 * variables. Its repositories are those the state holds with the organization as owner.
 */
final class FakeOrganization {
    private final String login;
    private final long id;
    private final Map<Application, FakeSecrets> secrets = new EnumMap<>(Application.class);
    private final FakeVariables variables = new FakeVariables();

    FakeOrganization(String login, long id, Supplier<SealedBoxKeys> newKeys) {
        this.login = login;
        this.id = id;
        for (Application application : Application.values()) {
            secrets.put(application, new FakeSecrets(newKeys.get()));
        }
    }

    String login() {
        return login;
    }

    long id() {
        return id;
    }

    FakeSecrets secrets(Application application) {
        return secrets.get(application);
    }

    FakeVariables variables() {
        return variables;
    }

    @Override
    public String toString() {
        return "organization " + login;
    }
}
