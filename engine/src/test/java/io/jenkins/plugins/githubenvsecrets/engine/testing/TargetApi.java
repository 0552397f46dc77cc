package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import okhttp3.HttpUrl;

/**
 * The routes of repository and organization secrets, of variables and of selected repositories, after the token and
 * the secondary limit were checked: the place (404 when missing or hidden from the token), the route family's
 * permission (403), then the endpoint. The caller holds the state's monitor.
 */
final class TargetApi {
    private final FakeState state;
    private final TargetSecretsApi secrets;
    private final TargetVariablesApi variables;
    private final SelectionApi selections;

    TargetApi(FakeState state) {
        this.state = state;
        this.secrets = new TargetSecretsApi(state);
        this.variables = new TargetVariablesApi(state);
        this.selections = new SelectionApi(state);
    }

    void serveAt(HttpUrl base) {
        secrets.serveAt(base);
        variables.serveAt(base);
        selections.serveAt(base);
    }

    /**
     * @param repository the repository the route names, found and visible to the token; null for an organization
     */
    Reply answer(TargetRoute route, FakeRepository repository, FakeToken token, FakeRequest request)
            throws RejectedRequest {
        var target = resolve(route, repository, token);
        var needed = request.method().equals("GET") ? Permission.READ : Permission.WRITE;
        if (!token.allows(route.permission(), needed)) {
            throw RejectedRequest.answer(Reply.error(403, GitHubApi.NO_PERMISSION, route.documentation()));
        }
        return switch (route.endpoint()) {
            case PUBLIC_KEY -> secrets.publicKey(target);
            case LIST -> route.kind() == ValueKind.SECRET ? secrets.list(target, request)
                    : request.method().equals("POST") ? variables.create(target, request)
                    : variables.list(target, request);
            case ITEM -> route.kind() == ValueKind.SECRET ? secrets.item(target, request)
                    : variables.item(target, request);
            case SELECTED_REPOSITORIES, SELECTED_REPOSITORY -> selections.answer(target, request);
        };
    }

    private ResolvedTarget resolve(TargetRoute route, FakeRepository repository, FakeToken token)
            throws RejectedRequest {
        var notFound = RejectedRequest.answer(Reply.notFound(route.documentation()));
        if (route.level() == TargetKind.ORGANIZATION) {
            var organization = state.organization(route.organization()).filter(visible -> !token.seesNothing())
                    .orElseThrow(() -> notFound);
            return new ResolvedTarget(route, state, null, null, organization);
        }
        var environment = route.level() == TargetKind.ENVIRONMENT
                ? repository.environment(route.environment()).orElseThrow(() -> notFound) : null;
        return new ResolvedTarget(route, state, repository, environment, null);
    }
}
