package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import okhttp3.HttpUrl;

/**
 * The selected repositories of an organization secret or variable: list them (paged, as minimal repositories), set
 * them all, add or remove one. 404 when there is no such secret or variable; 409 while its visibility is not
 * {@code selected}, as GitHub's description says; 422 for an id that is not a repository of the organization.
 */
final class SelectionApi {
    private final FakeState state;
    private volatile HttpUrl apiBase;

    SelectionApi(FakeState state) {
        this.state = state;
    }

    void serveAt(HttpUrl base) {
        apiBase = base;
    }

    Reply answer(ResolvedTarget target, FakeRequest request) throws RejectedRequest {
        var route = target.route();
        var access = currentAccess(target)
                .orElseThrow(() -> RejectedRequest.answer(Reply.notFound(route.documentation())));
        if (access.visibility() != Visibility.SELECTED) {
            throw RejectedRequest.answer(Reply.error(409, "The visibility of this " + route.kind().noun()
                    + " is not 'selected'.", route.documentation()));
        }
        if (route.endpoint() == TargetEndpoint.SELECTED_REPOSITORY) {
            var ids = access.selected();
            if (request.method().equals("PUT")) {
                target.requireOwnRepositories(List.of(route.repositoryId()));
                ids.add(route.repositoryId());
            } else {
                ids.remove(route.repositoryId());
            }
            setAccess(target, access.withSelected(ids));
            return Reply.noContent();
        }
        if (request.method().equals("PUT")) {
            var write = SelectionWrite.parse(request.body(), route.documentation());
            target.requireOwnRepositories(write.ids());
            setAccess(target, access.withSelected(new TreeSet<>(write.ids())));
            return Reply.noContent();
        }
        return list(access, request);
    }

    private Reply list(FakeAccess access, FakeRequest request) {
        var page = PageRequest.of(request);
        var repositories = new ArrayList<FakeRepository>();
        for (var id : access.selected()) {
            state.repository(new RepositoryRef.ById(id)).ifPresent(repositories::add);
        }
        var json = Json.object().put("total_count", repositories.size());
        var items = json.putArray("repositories");
        page.slice(repositories).forEach(repository -> items.add(Views.repository(repository, apiBase)));
        var listUrl = request.url().newBuilder().query(null).build();
        var reply = Reply.json(200, json);
        return page.linkHeader(listUrl, request, repositories.size()).map(link -> reply.withHeader("Link", link))
                .orElse(reply);
    }

    /** The access of the secret or variable the route names; empty when there is none. */
    private static Optional<FakeAccess> currentAccess(ResolvedTarget target) {
        var name = target.route().name();
        if (target.route().kind() == ValueKind.SECRET) {
            return target.organizationSecrets().secret(name).map(found -> target.organizationSecrets().access(name));
        }
        return target.variables().variable(name).map(found -> target.variables().access(name));
    }

    private static void setAccess(ResolvedTarget target, FakeAccess access) {
        var name = target.route().name();
        if (target.route().kind() == ValueKind.SECRET) {
            target.organizationSecrets().access(name, access);
        } else {
            target.variables().access(name, access);
        }
    }
}
