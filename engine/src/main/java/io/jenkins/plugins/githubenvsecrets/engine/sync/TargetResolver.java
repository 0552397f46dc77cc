package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.RepositoryIds;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the request into targets before anything is read or written: repositories given by id become owner and name
 * ({@code GET /repositories/{id}} each), and an organization's selected repositories become ids (one GraphQL lookup
 * for all of them). Whatever keeps the request from resolving (an id or name GitHub does not know, a lookup that
 * failed) is a problem of the request, and then nothing is written.
 */
final class TargetResolver {
    private final GitHubClient client;

    TargetResolver(GitHubClient client) {
        this.client = client;
    }

    /**
     * The request's targets, as far as they resolve.
     *
     * @param targets in the request's order: each repository's environments, each repository, or the organization
     * @param access which repositories may read, for an organization; {@code null} otherwise
     * @param problems why the request does not resolve; empty when it does
     */
    record Resolved(List<Target> targets, OrganizationAccess access, List<String> problems) {
        Resolved {
            targets = List.copyOf(targets);
            problems = List.copyOf(problems);
        }
    }

    Resolved resolve(SyncRequest request) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        OrganizationAccess access = null;
        if (request.scope() == TargetKind.ORGANIZATION) {
            targets.add(new OrganizationTarget(request.organization().orElseThrow(), request.application()));
            access = access(request, problems);
        } else {
            for (RepositoryCoordinates repository : repositories(request, problems)) {
                if (request.scope() == TargetKind.REPOSITORY) {
                    targets.add(new RepositoryTarget(repository, request.application()));
                } else {
                    for (EnvironmentName environment : request.environments()) {
                        targets.add(new EnvironmentTarget(repository, environment));
                    }
                }
            }
        }
        return new Resolved(targets, access, problems);
    }

    /** Each repository by owner and name; one given by id is asked for, and two that are one are a problem. */
    private List<RepositoryCoordinates> repositories(SyncRequest request, List<String> problems)
            throws InterruptedException {
        Map<RepositoryCoordinates, RepositoryReference> resolved = new LinkedHashMap<>();
        for (RepositoryReference reference : request.repositories()) {
            RepositoryCoordinates repository;
            if (reference.coordinates().isPresent()) {
                repository = reference.coordinates().get();
            } else {
                try {
                    repository = client.getRepository(reference.id().getAsLong()).coordinates();
                } catch (GitHubApiException e) {
                    problems.add(e.getMessage());
                    continue;
                } catch (RuntimeException e) {
                    problems.add(Texts.unexpected("resolving repository " + reference, e, client.mask()));
                    continue;
                }
            }
            RepositoryReference earlier = resolved.putIfAbsent(repository, reference);
            if (earlier != null) {
                problems.add("Repositories '" + earlier + "' and '" + reference + "' are both " + repository
                        + ": name each repository once");
            }
        }
        return new ArrayList<>(resolved.keySet());
    }

    /** The request's visibility, and for {@code selected} the ids of the selected repositories. */
    private OrganizationAccess access(SyncRequest request, List<String> problems) throws InterruptedException {
        Visibility visibility = request.visibility().orElseThrow();
        if (visibility != Visibility.SELECTED || request.selectedRepositories().isEmpty()) {
            return new OrganizationAccess(new RepositoryAccess(visibility, List.of()));
        }
        RepositoryIds ids;
        try {
            ids = client.resolveRepositoryIds(request.selectedRepositories());
        } catch (GitHubApiException e) {
            problems.add("The selected repositories could not be resolved to ids: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            problems.add(Texts.unexpected("resolving the selected repositories", e, client.mask()));
            return null;
        }
        problems.addAll(ids.problemLines());
        return ids.complete() ? new OrganizationAccess(RepositoryAccess.selected(ids.ids().values())) : null;
    }
}
