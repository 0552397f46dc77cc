package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.githubenvsecrets.config.FormChecks;
import io.jenkins.plugins.githubenvsecrets.config.FormPermissions;
import io.jenkins.plugins.githubenvsecrets.credentials.CredentialsLists;

/**
 * The form methods the step's and the build step's descriptors share; each descriptor declares the web methods and
 * calls these. Every method checks the user's permission before it looks at anything.
 */
final class SyncForms {
    private SyncForms() {
    }

    static FormValidation checkRepository(@CheckForNull Item item, String value) {
        return FormPermissions.canConfigure(item) ? FormChecks.repository(value) : FormValidation.ok();
    }

    static FormValidation checkEnvironment(@CheckForNull Item item, String value) {
        return FormPermissions.canConfigure(item) ? FormChecks.environment(value) : FormValidation.ok();
    }

    /** A well-formed URL of a server that builds would refuse earns a warning, so it is seen before a build fails. */
    static FormValidation checkApiUrl(@CheckForNull Item item, String value) {
        return FormPermissions.canConfigure(item) ? FormChecks.allowedApiUrl(value) : FormValidation.ok();
    }

    static ListBoxModel fillCredentialsIdItems(@CheckForNull Item item, String credentialsId, String apiUrl) {
        return CredentialsLists.gitHubTokens(item, credentialsId, apiUrl);
    }

    static FormValidation testConnection(@CheckForNull Item item, String repository, String environment,
            String apiUrl, String credentialsId) throws InterruptedException {
        return ConnectionTest.run(item, repository, environment, apiUrl, credentialsId);
    }
}
