package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Setup and inspection of one target of the fake ({@link GitHubFake#target}): an environment, a repository or an
 * organization, for the target's application. Setup stores as if a client had written, without a request and without
 * GitHub's counts; names must follow GitHub's rules. A target the fake does not hold (no such repository,
 * environment or organization) makes each method throw {@link IllegalArgumentException}. Thread-safe.
 */
public final class TargetView {
    private final FakeState state;
    private final Target target;

    TargetView(FakeState state, Target target) {
        this.state = state;
        this.target = target;
    }

    // ---- setup ----

    /** Stores a secret; a new organization secret is visible to all repositories. */
    public TargetView putSecret(String name, byte[] value) {
        requireValidName(name);
        synchronized (state) {
            var holder = secrets();
            var now = state.now();
            holder.store(name, holder.secret(name).map(existing -> existing.updated(value, now))
                    .orElseGet(() -> new StoredSecret(SecretNames.canonical(name), value, now, now)));
        }
        return this;
    }

    /** Stores a variable; a new organization variable is visible to all repositories. */
    public TargetView putVariable(String name, String value) {
        requireValidName(name);
        synchronized (state) {
            var variables = variables();
            var now = state.now();
            variables.store(variables.variable(name).map(existing -> existing.updated(value, now))
                    .orElseGet(() -> new StoredVariable(SecretNames.canonical(name), value, now, now)));
        }
        return this;
    }

    /** Sets which repositories may read an organization secret or variable that exists. */
    public TargetView access(ValueKind kind, String name, Visibility visibility, long... selectedRepositoryIds) {
        var ids = new ArrayList<Long>();
        for (long id : selectedRepositoryIds) {
            ids.add(id);
        }
        var access = FakeAccess.of(visibility, ids);
        synchronized (state) {
            if (kind == ValueKind.SECRET) {
                organizationSecrets().secret(name).orElseThrow(() -> missing(kind, name));
                organizationSecrets().access(name, access);
            } else {
                variables().variable(name).orElseThrow(() -> missing(kind, name));
                variables().access(name, access);
            }
        }
        return this;
    }

    /** Gives the target (for its application) a new key pair and key id now; returns the new key id. */
    public String rotateKey() {
        synchronized (state) {
            var holder = secrets();
            holder.rotate(state.newKeys());
            return holder.keys().keyId();
        }
    }

    /** Rotates the key pair when the next secret write for this target arrives, just before it is checked. */
    public TargetView rotateKeyBeforeNextPut() {
        synchronized (state) {
            secrets().rotateBeforeNextPut();
        }
        return this;
    }

    // ---- inspection ----

    /** The current public key (32 bytes) of this target and application. */
    public byte[] publicKey() {
        synchronized (state) {
            return secrets().keys().publicKey();
        }
    }

    public String keyId() {
        synchronized (state) {
            return secrets().keys().keyId();
        }
    }

    /** The secret names, upper case, sorted. */
    public List<String> secretNames() {
        synchronized (state) {
            return secrets().secrets().stream().map(secret -> secret.metadata().name()).toList();
        }
    }

    public Optional<SecretMetadata> secretMetadata(String name) {
        synchronized (state) {
            return secrets().secret(name).map(StoredSecret::metadata);
        }
    }

    /**
     * The plaintext of a stored secret, as this target's private key opened it (a copy).
     *
     * @throws NoSuchElementException when there is no such secret
     */
    public byte[] decryptedValue(String name) {
        synchronized (state) {
            return secrets().secret(name).orElseThrow(() -> new NoSuchElementException("no secret " + name + " in "
                    + target.describe())).value();
        }
    }

    /** The plaintext of a stored secret as UTF-8 text; empty when there is no such secret. */
    public Optional<String> valueOf(String name) {
        synchronized (state) {
            return secrets().secret(name).map(secret -> new String(secret.value(), StandardCharsets.UTF_8));
        }
    }

    /** The variable names, upper case, sorted. */
    public List<String> variableNames() {
        synchronized (state) {
            return variables().variables().stream().map(StoredVariable::name).toList();
        }
    }

    public Optional<String> variableValue(String name) {
        synchronized (state) {
            return variables().variable(name).map(StoredVariable::value);
        }
    }

    /** Who may read an organization secret or variable; empty when there is no such secret or variable. */
    public Optional<Visibility> visibility(ValueKind kind, String name) {
        synchronized (state) {
            return access(kind, name).map(FakeAccess::visibility);
        }
    }

    /** The ids an organization secret or variable is selected for, ascending; empty unless selected. */
    public List<Long> selectedRepositoryIds(ValueKind kind, String name) {
        synchronized (state) {
            return access(kind, name).map(access -> List.copyOf(access.selected())).orElse(List.of());
        }
    }

    @Override
    public String toString() {
        return "fake " + target.describe();
    }

    private Optional<FakeAccess> access(ValueKind kind, String name) {
        if (kind == ValueKind.SECRET) {
            return organizationSecrets().secret(name).map(found -> organizationSecrets().access(name));
        }
        return variables().variable(name).map(found -> variables().access(name));
    }

    private SecretHolder secrets() {
        if (target instanceof EnvironmentTarget environment) {
            return environment(environment);
        }
        if (target instanceof RepositoryTarget repository) {
            return repository(repository).secrets(repository.application(), state::newKeys);
        }
        return organization().secrets(target.application());
    }

    private FakeVariables variables() {
        if (target.application() != Application.ACTIONS) {
            throw new IllegalArgumentException("GitHub keeps no variables for " + target.describe());
        }
        if (target instanceof EnvironmentTarget environment) {
            return environment(environment).variables();
        }
        if (target instanceof RepositoryTarget repository) {
            return repository(repository).variables();
        }
        return organization().variables();
    }

    private FakeSecrets organizationSecrets() {
        return organization().secrets(target.application());
    }

    private FakeOrganization organization() {
        if (!(target instanceof OrganizationTarget organization)) {
            throw new IllegalArgumentException(target.describe() + " is no organization");
        }
        return state.organization(organization.organization().value())
                .orElseThrow(() -> new IllegalArgumentException("no " + target.describe()));
    }

    private FakeRepository repository(RepositoryTarget repository) {
        return repository(repository.repository().owner(), repository.repository().name());
    }

    private FakeEnvironment environment(EnvironmentTarget environment) {
        return repository(environment.repository().owner(), environment.repository().name())
                .environment(environment.environment().value())
                .orElseThrow(() -> new IllegalArgumentException("no " + target.describe()));
    }

    private FakeRepository repository(String owner, String name) {
        return state.repository(new RepositoryRef.ByName(owner, name))
                .orElseThrow(() -> new IllegalArgumentException("no repository " + owner + "/" + name));
    }

    private IllegalArgumentException missing(ValueKind kind, String name) {
        return new IllegalArgumentException("no " + kind.noun() + " " + name + " in " + target.describe());
    }

    private static void requireValidName(String name) {
        if (!SecretNames.isValid(name)) {
            throw new IllegalArgumentException("GitHub would refuse the name " + name);
        }
    }
}
