package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the fake GitHub knows: tokens, organizations, repositories and their environments, and the few settings
 * that change its answers. Not thread-safe by itself: callers hold this object's monitor.
 */
final class FakeState {
    /** GitHub's documented limit of secrets per environment. */
    static final int SECRETS_PER_ENVIRONMENT = 100;

    private final Map<String, FakeToken> tokens = new HashMap<>();
    private final Map<String, FakeOrganization> organizations = new LinkedHashMap<>();
    private final Map<String, FakeRepository> repositoriesByName = new LinkedHashMap<>();
    private final Map<Long, FakeRepository> repositoriesById = new HashMap<>();
    private final Map<String, FakeRepository> repositoriesByFormerName = new HashMap<>();
    // Numbers in the ranges GitHub uses, so they look real in logs; counted up so runs are repeatable.
    private long nextKeyId = 568_250_167_242_549_743L;
    private long nextEnvironmentId = 161_088_068L;
    private Clock clock = Clock.systemUTC();
    private int maxSecretsPerEnvironment = SECRETS_PER_ENVIRONMENT;
    private SecondaryRateLimit secondaryLimit;
    private Duration listingLag = Duration.ZERO;

    void addToken(String token, FakeToken permissions) {
        tokens.put(token, permissions);
    }

    /** What the token may do; empty when GitHub does not know the token. */
    Optional<FakeToken> token(String token) {
        return Optional.ofNullable(tokens.get(token));
    }

    FakeOrganization addOrganization(String login, long id) {
        var key = FakeRepository.key(login);
        if (organizations.containsKey(key) || organizations.values().stream().anyMatch(org -> org.id() == id)) {
            throw new IllegalArgumentException("organization " + login + " or id " + id + " exists");
        }
        var organization = new FakeOrganization(login, id, this::newKeys);
        organizations.put(key, organization);
        return organization;
    }

    /** Logins are case-insensitive, as on GitHub. */
    Optional<FakeOrganization> organization(String login) {
        return Optional.ofNullable(organizations.get(FakeRepository.key(login)));
    }

    /** The repositories whose owner is {@code login}, in the order they were added. */
    List<FakeRepository> repositoriesOwnedBy(String login) {
        return repositoriesByName.values().stream().filter(repository -> repository.owner().equalsIgnoreCase(login))
                .toList();
    }

    FakeRepository addRepository(String owner, String name, long id) {
        var key = FakeRepository.key(owner + "/" + name);
        if (repositoriesByName.containsKey(key) || repositoriesById.containsKey(id)) {
            throw new IllegalArgumentException("repository " + owner + "/" + name + " or id " + id + " exists");
        }
        var repository = new FakeRepository(owner, name, id);
        repositoriesByName.put(key, repository);
        repositoriesById.put(id, repository);
        return repository;
    }

    /** Owner and name are case-insensitive, as on GitHub. */
    Optional<FakeRepository> repository(RepositoryRef ref) {
        if (ref instanceof RepositoryRef.ById byId) {
            return Optional.ofNullable(repositoriesById.get(byId.id()));
        }
        var byName = (RepositoryRef.ByName) ref;
        return Optional.ofNullable(repositoriesByName.get(FakeRepository.key(byName.owner() + "/" + byName.name())));
    }

    /** Makes {@code owner/name} a former name of {@code repository}, as a rename or a transfer leaves one. */
    void addFormerName(FakeRepository repository, String owner, String name) {
        var key = FakeRepository.key(owner + "/" + name);
        if (repositoriesByName.containsKey(key)) {
            throw new IllegalArgumentException("repository " + owner + "/" + name + " exists");
        }
        repositoriesByFormerName.put(key, repository);
    }

    /** The repository that was once called {@code ref}'s owner and name, when no repository has that name now. */
    Optional<FakeRepository> movedFrom(RepositoryRef ref) {
        if (!(ref instanceof RepositoryRef.ByName byName)) {
            return Optional.empty();
        }
        var key = FakeRepository.key(byName.owner() + "/" + byName.name());
        return repositoriesByName.containsKey(key) ? Optional.empty()
                : Optional.ofNullable(repositoriesByFormerName.get(key));
    }

    FakeEnvironment addEnvironment(FakeRepository repository, String name) {
        var environment = new FakeEnvironment(nextEnvironmentId++, name, now(), newKeys());
        repository.add(environment);
        return environment;
    }

    SealedBoxKeys newKeys() {
        return SealedBoxKeys.generate(String.valueOf(nextKeyId++));
    }

    /** Whole seconds: GitHub keeps no finer timestamps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    void clock(Clock newClock) {
        clock = newClock;
    }

    int maxSecretsPerEnvironment() {
        return maxSecretsPerEnvironment;
    }

    void maxSecretsPerEnvironment(int max) {
        maxSecretsPerEnvironment = max;
    }

    Duration listingLag() {
        return listingLag;
    }

    void listingLag(Duration lag) {
        listingLag = lag;
    }

    Optional<SecondaryRateLimit> secondaryLimit() {
        return Optional.ofNullable(secondaryLimit);
    }

    void secondaryLimit(SecondaryRateLimit limit) {
        secondaryLimit = limit;
    }
}
