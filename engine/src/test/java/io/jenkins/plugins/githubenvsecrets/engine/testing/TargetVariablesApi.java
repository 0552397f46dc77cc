package io.jenkins.plugins.githubenvsecrets.engine.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The variables of environments, repositories and organizations: paged listing (10 a page by default, at most 30),
 * get, create ({@code POST}: 201, or 409 when the name exists), update ({@code PATCH}: 204; a name renames), delete.
 * Names follow the secrets' rules; a value holds at most 48 KB, and a target's count and total size are bounded as
 * GitHub documents ({@link TargetLimits}). An organization variable also keeps which repositories may read it.
 */
final class TargetVariablesApi {
    static final int DEFAULT_PER_PAGE = 10;
    static final int MAX_PER_PAGE = 30;

    private final FakeState state;
    private volatile HttpUrl apiBase;

    TargetVariablesApi(FakeState state) {
        this.state = state;
    }

    void serveAt(HttpUrl base) {
        apiBase = base;
    }

    Reply list(ResolvedTarget target, FakeRequest request) {
        var page = PageRequest.of(request, DEFAULT_PER_PAGE, MAX_PER_PAGE);
        var all = target.variables().variables();
        var json = Json.object().put("total_count", all.size());
        var items = json.putArray("variables");
        page.slice(all).forEach(variable -> items.add(view(target, variable)));
        var listUrl = request.url().newBuilder().query(null).build();
        var reply = Reply.json(200, json);
        return page.linkHeader(listUrl, request, all.size()).map(link -> reply.withHeader("Link", link)).orElse(reply);
    }

    Reply item(ResolvedTarget target, FakeRequest request) throws RejectedRequest {
        var route = target.route();
        var existing = target.variables().variable(route.name())
                .orElseThrow(() -> RejectedRequest.answer(Reply.notFound(route.documentation())));
        return switch (request.method()) {
            case "PATCH" -> update(target, existing, request);
            case "DELETE" -> {
                target.variables().delete(route.name());
                yield Reply.noContent();
            }
            default -> Reply.json(200, view(target, existing));
        };
    }

    Reply create(ResolvedTarget target, FakeRequest request) throws RejectedRequest {
        var documentation = target.route().documentation();
        var write = VariableWrite.parse(request.body(), true, target.isOrganization(), documentation);
        var name = write.name().orElseThrow();
        var value = write.value().orElseThrow();
        checkName(name, documentation);
        if (target.variables().variable(name).isPresent()) {
            throw RejectedRequest.answer(Reply.error(409, "Already exists - Variable already exists",
                    documentation));
        }
        if (target.variables().count() >= target.maxVariables()) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nThis " + target.noun() + " already"
                    + " has the maximum of " + target.maxVariables() + " variables.", documentation));
        }
        checkSize(target, value, 0, documentation);
        var access = target.isOrganization() ? access(target, write, FakeAccess.ALL) : null;
        var now = state.now();
        target.variables().store(new StoredVariable(SecretNames.canonical(name), value, now, now));
        if (access != null) {
            target.variables().access(name, access);
        }
        return Reply.json(201, Json.object());
    }

    private Reply update(ResolvedTarget target, StoredVariable existing, FakeRequest request)
            throws RejectedRequest {
        var documentation = target.route().documentation();
        var write = VariableWrite.parse(request.body(), false, target.isOrganization(), documentation);
        var access = target.isOrganization()
                ? access(target, write, target.variables().access(existing.name())) : null;
        var changed = existing;
        var now = state.now();
        if (write.value().isPresent()) {
            checkSize(target, write.value().get(), FakeVariables.utf8Length(existing.value()), documentation);
            changed = changed.updated(write.value().get(), now);
        }
        if (write.name().isPresent() && !SecretNames.canonical(write.name().get()).equals(existing.name())) {
            checkName(write.name().get(), documentation);
            if (target.variables().variable(write.name().get()).isPresent()) {
                throw RejectedRequest.answer(Reply.error(409, "Already exists - Variable already exists",
                        documentation));
            }
            target.variables().delete(existing.name());
            changed = changed.renamed(write.name().get(), now);
        }
        target.variables().store(changed);
        if (access != null) {
            target.variables().access(changed.name(), access);
        }
        return Reply.noContent();
    }

    /** The access a write asks for, starting from {@code current}; ids must be the organization's repositories. */
    private static FakeAccess access(ResolvedTarget target, VariableWrite write, FakeAccess current)
            throws RejectedRequest {
        var visibility = write.visibility().orElse(current.visibility());
        if (write.ids().isPresent() && visibility != Visibility.SELECTED) {
            throw RejectedRequest.violation(Reply.error(422, "Invalid request.\n\nYou can only provide a list of"
                    + " repository ids when the visibility is set to selected.", target.route().documentation()),
                    "variable body has selected_repository_ids while the visibility is " + visibility.apiValue());
        }
        target.requireOwnRepositories(write.ids().orElse(List.of()));
        if (visibility != Visibility.SELECTED) {
            return FakeAccess.of(visibility, List.of());
        }
        return write.ids().map(ids -> FakeAccess.of(visibility, ids))
                .orElse(current.visibility() == Visibility.SELECTED ? current : FakeAccess.of(visibility, List.of()));
    }

    private static void checkName(String name, String documentation) throws RejectedRequest {
        if (!SecretNames.isValid(name)) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nVariable names can only contain"
                    + " alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), must not start with a"
                    + " number and must not start with the GITHUB_ prefix.", documentation));
        }
    }

    /** 48 KB per value; the target's values together within its bound, counting {@code replacing} as gone. */
    private static void checkSize(ResolvedTarget target, String value, long replacing, String documentation)
            throws RejectedRequest {
        long bytes = FakeVariables.utf8Length(value);
        if (bytes > TargetLimits.MAX_VARIABLE_BYTES) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nVariable value is too large (maximum"
                    + " is 48 KB).", documentation));
        }
        if (target.variables().totalBytes() - replacing + bytes > target.maxVariableBytes()) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nThe variables of this "
                    + target.noun() + " would exceed 256 KB in total.", documentation));
        }
    }

    private ObjectNode view(ResolvedTarget target, StoredVariable variable) {
        if (!target.isOrganization()) {
            return TargetViews.variable(variable);
        }
        return TargetViews.organizationVariable(variable, target.variables().access(variable.name()),
                target.selectedRepositoriesUrl(apiBase, variable.name()));
    }
}
