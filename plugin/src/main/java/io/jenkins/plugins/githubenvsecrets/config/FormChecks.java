package io.jenkins.plugins.githubenvsecrets.config;

import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiUrl;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryReference;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Optional;
import java.util.function.Consumer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Form validation of single fields, by the engine's own rules so that the form and a run agree. Callers check the
 * user's permission first.
 */
@Restricted(NoExternalUse.class)
public final class FormChecks {
    private FormChecks() {
    }

    /** Taken as written: no build parameter is expanded in it. */
    public static FormValidation repository(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.error(Messages.Form_RepositoryRequired());
        }
        return value.contains("${") ? FormValidation.error(Messages.Form_NotExpanded())
                : check(value, RepositoryReference::parse);
    }

    /**
     * As {@link #repository}, and a repository URL on a server that is not allowed earns a warning, as the API URL
     * does ({@link #allowedApiUrl}): a build takes the server from the URL, and would refuse it.
     */
    public static FormValidation allowedRepository(String value) {
        FormValidation syntax = repository(value);
        if (syntax.kind != FormValidation.Kind.OK) {
            return syntax;
        }
        Optional<String> host = RepositoryReference.parse(value).webHost();
        if (host.isEmpty()) {
            return syntax;
        }
        GitHubApiUrl url;
        try {
            url = GitHubApiUrl.forWebHost(host.get());
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        return notAllowed(url).orElse(syntax);
    }

    /** A value with a variable reference is expanded at run time (freestyle), so it is checked then. */
    public static FormValidation environment(String value) {
        if (Util.fixEmpty(value) == null) {
            return FormValidation.error(Messages.Form_EnvironmentRequired());
        }
        return value.contains("${") ? FormValidation.ok() : check(value, EnvironmentName::of);
    }

    /** Taken as written, as the repository is. */
    public static FormValidation organization(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.error(Messages.Form_OrganizationRequired());
        }
        return value.contains("${") ? FormValidation.error(Messages.Form_NotExpanded())
                : check(value.strip(), OrganizationName::new);
    }

    /** Empty is fine: the global default or github.com applies. Taken as written, as the repository is. */
    public static FormValidation apiUrl(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.ok();
        }
        return value.contains("${") ? FormValidation.error(Messages.Form_NotExpanded())
                : check(value, GitHubApiUrl::parse);
    }

    /**
     * As {@link #apiUrl}, and a well-formed URL of a server that is not allowed earns a warning, so that it is seen
     * before a build fails.
     */
    public static FormValidation allowedApiUrl(String value) {
        FormValidation syntax = apiUrl(value);
        if (syntax.kind != FormValidation.Kind.OK || Util.fixEmptyAndTrim(value) == null) {
            return syntax;
        }
        return notAllowed(GitHubApiUrl.parse(value)).orElse(syntax);
    }

    /** The warning for a server that builds would refuse; empty for an allowed one. */
    private static Optional<FormValidation> notAllowed(GitHubApiUrl url) {
        if (GitHubEnvironmentSecretsConfiguration.get().allowedApiUrls().contains(url)) {
            return Optional.empty();
        }
        return Optional.of(FormValidation.warning(Messages.Form_ServerNotAllowed(url.host(),
                GitHubEnvironmentSecretsConfiguration.howToAllowServer())));
    }

    public static FormValidation secretName(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.error(Messages.Form_NameRequired());
        }
        return check(value.strip(), SecretName::of);
    }

    /** A variable's name follows the rules of a secret's name; the message says "variable". */
    public static FormValidation variableName(String value) {
        if (Util.fixEmptyAndTrim(value) == null) {
            return FormValidation.error(Messages.Form_VariableNameRequired());
        }
        return check(value.strip(), name -> SecretName.of(name, ValueKind.VARIABLE));
    }

    private static FormValidation check(String value, Consumer<String> parser) {
        try {
            parser.accept(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
