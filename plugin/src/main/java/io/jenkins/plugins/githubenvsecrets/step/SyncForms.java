package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.config.FormChecks;
import io.jenkins.plugins.githubenvsecrets.config.FormPermissions;
import io.jenkins.plugins.githubenvsecrets.credentials.CredentialsLists;
import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.Visibility;

/**
 * The form methods that the steps', the build step's and the scopes' descriptors share; each descriptor declares the
 * web methods of its fields and calls these. Every method checks the user's permission before it looks at anything.
 */
final class SyncForms {
    private SyncForms() {
    }

    /** A repository URL on a server that builds would refuse earns a warning, as an API URL does. */
    static FormValidation checkRepository(@CheckForNull Item item, String value) {
        return FormPermissions.canConfigure(item) ? FormChecks.allowedRepository(value) : FormValidation.ok();
    }

    static FormValidation checkEnvironment(@CheckForNull Item item, String value) {
        return FormPermissions.canConfigure(item) ? FormChecks.environment(value) : FormValidation.ok();
    }

    static FormValidation checkOrganization(@CheckForNull Item item, String value) {
        return FormPermissions.canConfigure(item) ? FormChecks.organization(value) : FormValidation.ok();
    }

    /** A well-formed URL of a server that builds would refuse earns a warning, so it is seen before a build fails. */
    static FormValidation checkApiUrl(@CheckForNull Item item, String value) {
        return FormPermissions.canConfigure(item) ? FormChecks.allowedApiUrl(value) : FormValidation.ok();
    }

    static ListBoxModel fillCredentialsIdItems(@CheckForNull Item item, String credentialsId, String apiUrl) {
        return CredentialsLists.gitHubTokens(item, credentialsId, apiUrl);
    }

    /** GitHub's applications, Actions (the default) first; to those who may not configure, the current value only. */
    static ListBoxModel fillApplicationItems(@CheckForNull Item item, @CheckForNull String current) {
        ListBoxModel items = new ListBoxModel();
        if (!FormPermissions.canConfigure(item)) {
            return currentOnly(items, current);
        }
        for (Application application : Application.values()) {
            items.add(application.displayName(), application.pathSegment());
        }
        return items;
    }

    /**
     * The organization visibilities: GitHub's default (empty, which the sync turns into {@code selected} when
     * repositories are selected), then each of GitHub's words; to those who may not configure, the current value only.
     */
    static ListBoxModel fillVisibilityItems(@CheckForNull Item item, @CheckForNull String current) {
        ListBoxModel items = new ListBoxModel();
        if (!FormPermissions.canConfigure(item)) {
            return currentOnly(items, current);
        }
        items.add(Messages.Form_VisibilityDefault(), "");
        for (Visibility visibility : Visibility.values()) {
            items.add(visibility.apiValue(), visibility.apiValue());
        }
        return items;
    }

    private static ListBoxModel currentOnly(ListBoxModel items, @CheckForNull String current) {
        String value = Util.fixEmptyAndTrim(current);
        if (value != null) {
            items.add(value, value);
        }
        return items;
    }

    /**
     * @param target the scope and fields of the target to check, from the form; the API URL and the credential are
     *     set on it here
     */
    static FormValidation testConnection(@CheckForNull Item item, SyncSettings target, String apiUrl,
            String credentialsId) throws InterruptedException {
        target.setApiUrl(apiUrl);
        target.setCredentialsId(credentialsId);
        return ConnectionTest.run(item, target);
    }
}
