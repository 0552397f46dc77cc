package io.jenkins.plugins.githubenvsecrets.engine.github;

import static io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind.VARIABLE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The variable endpoints of environments, repositories and organizations: list, get, create, update and delete;
 * see {@link GitHubClient} for each route. A value goes out in plain text and is hidden from GitHub's answers.
 */
final class VariableEndpoints {
    /** GitHub's largest page for variables: 30, where secrets have 100. */
    static final int PER_PAGE = 30;

    private final Exchange exchange;

    VariableEndpoints(Exchange exchange) {
        this.exchange = exchange;
    }

    List<VariableMetadata> list(Target target) throws InterruptedException {
        return listing(target).all(TargetRoutes.url(exchange.api(), target, VARIABLE), PER_PAGE, "variables",
                Items::variable);
    }

    List<OrganizationVariable> listOrganization(OrganizationTarget target) throws InterruptedException {
        return listing(target).all(TargetRoutes.url(exchange.api(), target, VARIABLE), PER_PAGE, "variables",
                Items::organizationVariable);
    }

    Optional<VariableMetadata> get(Target target, String name) throws InterruptedException {
        RequestContext request = RequestContext.of("GET", target, VARIABLE, name);
        Answer answer = exchange.send(request, TargetRoutes.url(exchange.api(), request, name), null)
                .expect(200, 404);
        return answer.status() == 404 ? Optional.empty() : Optional.of(Items.variable(answer, answer.json()));
    }

    WriteReceipt create(Target target, String name, String value) throws InterruptedException {
        refuseOrganization(target, name, "createOrganizationVariable");
        return create(target, name, value, Json.object());
    }

    WriteReceipt createOrganization(OrganizationTarget target, String name, String value, RepositoryAccess access)
            throws InterruptedException {
        Objects.requireNonNull(access, "access");
        return create(target, name, value, Bodies.withAccess(Json.object(), access));
    }

    WriteReceipt update(Target target, String name, String value) throws InterruptedException {
        refuseOrganization(target, name, "updateOrganizationVariable");
        return update(target, name, value, Json.object());
    }

    WriteReceipt updateOrganization(OrganizationTarget target, String name, String value, RepositoryAccess access)
            throws InterruptedException {
        Objects.requireNonNull(access, "access");
        return update(target, name, value, Bodies.withAccess(Json.object(), access));
    }

    boolean delete(Target target, String name) throws InterruptedException {
        RequestContext request = RequestContext.of("DELETE", target, VARIABLE, name);
        return exchange.send(request, TargetRoutes.url(exchange.api(), request, name), null)
                .expect(204, 404).status() == 204;
    }

    /** POST with the name in the body: 201, or 409 when the variable exists already, which this does not change. */
    private WriteReceipt create(Target target, String name, String value, ObjectNode rest)
            throws InterruptedException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        RequestContext request = RequestContext.of("POST", target, VARIABLE, name);
        ObjectNode body = Json.object().put("name", name).put("value", value).setAll(rest);
        Answer answer = exchange.send(request, TargetRoutes.url(exchange.api(), target, VARIABLE).build(),
                Json.bytes(body), value).expect(201, 409);
        if (answer.status() == 409) {
            throw new GitHubConflictException(request.describe() + ": HTTP 409. GitHub holds a variable of this name"
                    + " already, so nothing was created or changed; update it instead.", request);
        }
        return exchange.receipt(WriteOutcome.CREATED, answer);
    }

    /** PATCH with the value alone (and the access): a name in the body would rename the variable. */
    private WriteReceipt update(Target target, String name, String value, ObjectNode rest)
            throws InterruptedException {
        Objects.requireNonNull(value, "value");
        RequestContext request = RequestContext.of("PATCH", target, VARIABLE, name);
        ObjectNode body = Json.object().put("value", value).setAll(rest);
        Answer answer = exchange.send(request, TargetRoutes.url(exchange.api(), request, name),
                Json.bytes(body), value).expect(204);
        return exchange.receipt(WriteOutcome.UPDATED, answer);
    }

    private Pager listing(Target target) {
        return new Pager(exchange.api(), page -> exchange.send(RequestContext.of("GET", target, VARIABLE, null), page,
                null));
    }

    private static void refuseOrganization(Target target, String name, String instead) {
        if (target instanceof OrganizationTarget) {
            throw new IllegalArgumentException(target.describe() + ", variable '" + name + "': an organization"
                    + " variable is written with the repositories that may read it (" + instead + ")."
                    + " Nothing was sent.");
        }
    }
}
