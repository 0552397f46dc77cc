package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The selected repositories of an organization secret or variable, read and replaced as a whole; see
 * {@link GitHubClient} for each route. GitHub answers 409 while the visibility is not {@code selected}.
 */
final class SelectionEndpoints {
    static final int PER_PAGE = 100;

    private final Exchange exchange;

    SelectionEndpoints(Exchange exchange) {
        this.exchange = exchange;
    }

    List<RepositoryInfo> selected(OrganizationTarget target, ValueKind kind, String name)
            throws InterruptedException {
        RequestContext request = RequestContext.of("GET", target, kind, name);
        Pager pager = new Pager(exchange.api(),
                page -> conflictChecked(exchange.send(request, page, null)));
        return pager.all(TargetRoutes.url(exchange.api(), target, kind, name, "repositories"), PER_PAGE,
                "repositories", Items::repository);
    }

    WriteReceipt replace(OrganizationTarget target, ValueKind kind, String name, Collection<Long> repositoryIds)
            throws InterruptedException {
        List<Long> ids = RepositoryAccess.selected(Objects.requireNonNull(repositoryIds, "repositoryIds"))
                .selectedRepositoryIds();
        RequestContext request = RequestContext.of("PUT", target, kind, name);
        byte[] body = Json.bytes(Bodies.repositoryIds(Json.object(), ids));
        Answer answer = conflictChecked(exchange.send(request, TargetRoutes.url(exchange.api(), target, kind, name,
                "repositories").build(), body)).expect(204);
        return exchange.receipt(WriteOutcome.UPDATED, answer);
    }

    private static Answer conflictChecked(Answer answer) {
        if (answer.status() == 409) {
            throw new GitHubConflictException(answer.request().describe() + ": HTTP 409. Its visibility is not"
                    + " 'selected', so it has no selected repositories; write it with visibility 'selected' first.",
                    answer.request());
        }
        return answer;
    }
}
