package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Optional;

/**
 * What to do about a 403 or a 404 of a request to a target other than an environment's secrets (whose hints
 * {@link Failures} has always given): the token scope or permission that target needs, and what may be missing.
 */
final class TargetHints {
    private TargetHints() {}

    /** The scope and permission the request needs; empty for environment secrets and requests without a target. */
    static Optional<String> permissions(RequestContext request) {
        Target target = request.target();
        if (target == null || isEnvironmentSecret(request)) {
            return Optional.empty();
        }
        return Optional.of(TokenPermissions.toWrite(target, kind(request)));
    }

    /** What may be missing; empty for environment secrets and requests without a target. */
    static Optional<String> notFound(RequestContext request) {
        Target target = request.target();
        if (target == null || isEnvironmentSecret(request)) {
            return Optional.empty();
        }
        String item = request.secret() == null || request.method().equals("POST") ? ""
                : " (or holds no " + kind(request).noun() + " '" + request.secret() + "')";
        if (target instanceof OrganizationTarget organization) {
            return Optional.of("The organization " + organization.organization() + " does not exist" + item
                    + ", or the token cannot see it. Check the organization's name and that the token may manage"
                    + " its " + kind(request).pathSegment() + ".");
        }
        String where = target instanceof EnvironmentTarget environment
                ? "The repository " + request.repository() + " or its environment '" + environment.environment()
                        + "' does not exist"
                : "The repository " + request.repository() + " does not exist";
        return Optional.of(where + item + ", or the token cannot see it. Check the names, and that the token has"
                + " access to the repository.");
    }

    private static boolean isEnvironmentSecret(RequestContext request) {
        return request.target() instanceof EnvironmentTarget && kind(request) == ValueKind.SECRET;
    }

    private static ValueKind kind(RequestContext request) {
        return request.kind() == null ? ValueKind.SECRET : request.kind();
    }
}
