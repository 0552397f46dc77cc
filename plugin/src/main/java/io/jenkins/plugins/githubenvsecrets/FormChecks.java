package io.jenkins.plugins.githubenvsecrets;

import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.function.Consumer;

/**
 * Form validation of single fields, by the engine's own rules so that the form and a run agree. Callers check the
 * user's permission first.
 */
final class FormChecks {
    private FormChecks() {
    }

    static FormValidation repository(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.error(Messages.Form_RepositoryRequired());
        }
        return check(value, RepositoryReference::parse);
    }

    static FormValidation environment(String value) {
        if (Util.fixEmpty(value) == null) {
            return FormValidation.error(Messages.Form_EnvironmentRequired());
        }
        return check(value, EnvironmentName::of);
    }

    /** Empty is fine: the global default or github.com applies. */
    static FormValidation apiUrl(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok();
        }
        return check(value, GitHubApiUrl::parse);
    }

    static FormValidation secretName(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.error(Messages.Form_NameRequired());
        }
        return check(value.strip(), SecretName::of);
    }

    /** A value with a variable reference is expanded at run time (freestyle), so it is checked then. */
    private static FormValidation check(String value, Consumer<String> parser) {
        if (value.contains("${")) {
            return FormValidation.ok();
        }
        try {
            parser.accept(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
