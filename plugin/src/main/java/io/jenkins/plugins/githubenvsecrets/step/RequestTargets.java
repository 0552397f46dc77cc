package io.jenkins.plugins.githubenvsecrets.step;

import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncRequest;
import java.util.List;

/**
 * Hands a sync's target fields to the engine's request: the scope, and of the fields each scope has, those given. The
 * engine refuses a field of another scope and says which are missing; the forms where a single value and a list name
 * the same thing are told apart here, as the engine takes one list. An environment that still holds a variable
 * reference is refused here, as GitHub would take it as a name.
 */
final class RequestTargets {
    /** What the forms take for a variable reference, as the build step expands them (see {@code FormChecks}). */
    private static final String VARIABLE_REFERENCE = "${";

    private RequestTargets() {
    }

    static void addTo(SyncSettings settings, SyncRequest.Builder builder) {
        builder.scope(settings.getKind());
        addRepositories(settings, builder);
        addEnvironments(settings, builder);
        if (!settings.getOrganization().isEmpty()) {
            builder.organization(settings.getOrganization());
        }
        if (!settings.getVisibility().isEmpty()) {
            builder.visibility(settings.getVisibility());
        }
        if (!settings.getSelectedRepositories().isEmpty()) {
            builder.selectedRepositories(settings.getSelectedRepositories());
        }
        if (!settings.getApplication().isEmpty()) {
            builder.application(settings.getApplication());
        }
    }

    private static void addRepositories(SyncSettings settings, SyncRequest.Builder builder) {
        boolean one = !settings.getRepository().isEmpty();
        boolean several = !settings.getRepositories().isEmpty();
        if (one && several) {
            builder.problem(Messages.Problem_BothRepositoryForms());
        }
        if (one) {
            builder.repository(settings.getRepository());
        } else if (several) {
            builder.repositories(settings.getRepositories());
        }
    }

    private static void addEnvironments(SyncSettings settings, SyncRequest.Builder builder) {
        boolean one = !settings.getEnvironment().isEmpty();
        boolean several = !settings.getEnvironments().isEmpty();
        if (one && several) {
            builder.problem(Messages.Problem_BothEnvironmentForms());
        }
        if (one) {
            builder.environment(settings.getEnvironment()); // with both, so the request does not also say "none"
        } else if (several) {
            builder.environments(settings.getEnvironments());
        }
        // A freestyle parameter that is not set leaves "${NAME}" as it was, as does a Pipeline's single-quoted string:
        // sent, it would name (or, with createEnvironment, create) an environment of that name, without protection.
        List<String> names = one ? List.of(settings.getEnvironment()) : settings.getEnvironments();
        names.stream().filter(name -> name.contains(VARIABLE_REFERENCE)).distinct()
                .forEach(name -> builder.problem(Messages.Problem_EnvironmentNotExpanded(name)));
    }
}
