package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.InvalidSealingKeyException;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealingKey;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubNotFoundException;
import io.jenkins.plugins.githubenvsecrets.engine.github.RepositoryIds;
import io.jenkins.plugins.githubenvsecrets.engine.github.RetryPolicy;
import io.jenkins.plugins.githubenvsecrets.engine.github.TargetPublicKey;
import io.jenkins.plugins.githubenvsecrets.engine.github.TokenPermissions;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.sync.ConnectionReport.Finding;
import io.jenkins.plugins.githubenvsecrets.engine.sync.ConnectionReport.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks, for a configuration form, that a token may read what a sync of the request would read: for each target the
 * cheapest requests that prove the permission the scope needs (the public key for secrets, one listing of the
 * variables; for an environment first whether it exists; for an organization with selected repositories the one
 * lookup of their ids), and says what it found in words, a missing permission as GitHub's 403 or 404 points to it.
 * GitHub offers no way to prove write access short of writing, so a success says what writing needs. It writes nothing
 * and records nothing; a message never holds a value or the token.
 *
 * <p>A person waits for the answer: build the client with {@link RetryPolicy#oneAttempt()}, so that nothing is tried
 * twice and no rate limit is waited out (its finding says when to try again). A refusal that holds for the token as a
 * whole (a bad token, a rate limit, no connection) ends the check, since every other read would meet it too.
 */
public final class ConnectionCheck {
    private final GitHubClient client;

    public ConnectionCheck(GitHubClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Checks every target of {@code request} (repository ids resolved first), for the kinds given: secrets, variables
     * or both; none means secrets. Kinds a target's application has none of are left out.
     *
     * @throws InterruptedException if the caller is interrupted
     */
    public ConnectionReport check(SyncRequest request, Set<ValueKind> kinds) throws InterruptedException {
        Set<ValueKind> checked = kinds.isEmpty() ? EnumSet.of(ValueKind.SECRET) : EnumSet.copyOf(kinds);
        List<Finding> findings = new ArrayList<>();
        try {
            for (Target target : targets(request, findings)) {
                if (!check(target, checked, findings)) {
                    break;
                }
            }
            if (request.scope() == TargetKind.ORGANIZATION && !request.selectedRepositories().isEmpty()) {
                checkSelected(request.selectedRepositories(), findings);
            }
        } catch (GitHubApiException e) {
            findings.add(new Finding(Level.ERROR, e.getMessage()));
        }
        return new ConnectionReport(findings);
    }

    /** The request's targets; a repository id GitHub does not know is a finding, and the check goes on without it. */
    private List<Target> targets(SyncRequest request, List<Finding> findings) throws InterruptedException {
        List<Target> targets = new ArrayList<>();
        if (request.scope() == TargetKind.ORGANIZATION) {
            targets.add(new OrganizationTarget(request.organization().orElseThrow(), request.application()));
            return targets;
        }
        for (RepositoryReference reference : request.repositories()) {
            RepositoryCoordinates repository;
            try {
                repository = reference.coordinates().isPresent() ? reference.coordinates().get()
                        : client.getRepository(reference.id().getAsLong()).coordinates();
            } catch (GitHubNotFoundException e) {
                findings.add(new Finding(Level.ERROR, e.getMessage()));
                continue;
            }
            if (request.scope() == TargetKind.REPOSITORY) {
                targets.add(new RepositoryTarget(repository, request.application()));
            } else {
                for (EnvironmentName environment : request.environments()) {
                    targets.add(new EnvironmentTarget(repository, environment));
                }
            }
        }
        return targets;
    }

    /** @return false when a refusal holds for the token as a whole, so that checking further targets is pointless */
    private boolean check(Target target, Set<ValueKind> kinds, List<Finding> findings) throws InterruptedException {
        try {
            if (target instanceof EnvironmentTarget environment && !environmentExists(environment, findings)) {
                return true;
            }
            if (kinds.contains(ValueKind.SECRET)) {
                findings.add(keyFinding(target));
            }
            if (kinds.contains(ValueKind.VARIABLE)
                    && target.kind().supports(target.application(), ValueKind.VARIABLE)) {
                int variables = client.listVariables(target).size();
                findings.add(new Finding(Level.OK, Texts.capitalized(target.describe()) + ": the token may read its "
                        + count(variables, "variable") + ". Writing variables needs more, which only a write can"
                        + " prove: " + TokenPermissions.toWrite(target, ValueKind.VARIABLE)));
            }
            return true;
        } catch (GitHubApiException e) {
            findings.add(new Finding(Level.ERROR, e.getMessage()));
            return !KindSync.holdsForTheToken(e);
        }
    }

    /** A missing environment is a warning (a sync may create it), a missing repository an error. */
    private boolean environmentExists(EnvironmentTarget target, List<Finding> findings) throws InterruptedException {
        if (client.environmentExists(target.repository(), target.environment().value())) {
            return true;
        }
        client.getRepository(target.repository()); // a missing repository is a 404, reported by the caller
        findings.add(new Finding(Level.WARNING, "Environment '" + target.environment() + "' does not exist in "
                + target.repository() + ": a sync fails there unless it may create the environment ("
                + Texts.CREATE_ENVIRONMENT + "), for which the token needs " + Texts.CREATE_PERMISSION + "."));
        return false;
    }

    private Finding keyFinding(Target target) throws InterruptedException {
        TargetPublicKey key = client.getPublicKey(target);
        try {
            SealingKey.fromBase64(key.keyId(), key.keyBase64());
        } catch (InvalidSealingKeyException e) {
            return new Finding(Level.ERROR, Texts.capitalized(target.describe()) + ": GitHub handed out a public key"
                    + " (key id '" + Texts.serverText(key.keyId(), client.mask()) + "') that cannot be used: it "
                    + e.problem() + ", so no secret can be sealed for it.");
        }
        return new Finding(Level.OK, Texts.capitalized(target.describe()) + ": the token may read its public key."
                + " Writing secrets needs more, which only a write can prove: "
                + TokenPermissions.toWrite(target, ValueKind.SECRET));
    }

    private void checkSelected(List<RepositoryCoordinates> selected, List<Finding> findings)
            throws InterruptedException {
        RepositoryIds ids = client.resolveRepositoryIds(selected);
        ids.problemLines().forEach(problem -> findings.add(new Finding(Level.ERROR, problem)));
        if (ids.complete()) {
            findings.add(new Finding(Level.OK, selected.size() == 1
                    ? "The selected repository exists, and the token may see it."
                    : "All " + selected.size() + " selected repositories exist, and the token may see them."));
        }
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
