package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubConflictException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubNotFoundException;
import io.jenkins.plugins.githubenvsecrets.engine.github.OrganizationVariable;
import io.jenkins.plugins.githubenvsecrets.engine.github.RepositoryInfo;
import io.jenkins.plugins.githubenvsecrets.engine.github.VariableMetadata;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteReceipt;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of one target: GitHub lists them with their values, so every sync lists them and compares exactly (no
 * fingerprint); a new one is created ({@code POST}), one that differs updated ({@code PATCH}). A value goes out only
 * in the body of its own write, and GitHub's answers are scrubbed of it by the client.
 */
final class VariableGateway implements KindGateway {
    private final GitHubClient client;
    private final Target target;
    private final Map<SecretName, SecretValue> values;

    VariableGateway(GitHubClient client, Target target, SyncRequest request) {
        this.client = client;
        this.target = target;
        this.values = request.variables();
    }

    @Override
    public ValueKind kind() {
        return ValueKind.VARIABLE;
    }

    @Override
    public boolean listsAlways() {
        return true;
    }

    @Override
    public Listing list() throws InterruptedException {
        Map<SecretName, Listing.Listed> listed = new LinkedHashMap<>();
        if (target instanceof OrganizationTarget organization) {
            for (OrganizationVariable variable : client.listOrganizationVariables(organization)) {
                listed.put(SecretName.listed(variable.variable().name()), new Listing.Listed(
                        variable.variable().updatedAt(), variable.variable().value(), variable.visibility()));
            }
        } else {
            for (VariableMetadata variable : client.listVariables(target)) {
                listed.put(SecretName.listed(variable.name()),
                        new Listing.Listed(variable.updatedAt(), variable.value(), null));
            }
        }
        return Listing.of(listed);
    }

    @Override
    public void readAhead() {
        // Always listed: the listing shows whether the target exists.
    }

    @Override
    public void prepare() {
        // Nothing to fingerprint: GitHub's value is compared.
    }

    @Override
    public String fingerprint(SecretName name) {
        return null;
    }

    /** GitHub's value is exactly the desired one, whoever wrote it and whenever. */
    @Override
    public boolean holdsDesiredValue(SecretName name, SecretRecord record, Listing.Listed listed) {
        return sameValue(name, listed);
    }

    @Override
    public boolean mayDiffer(SecretName name, Listing.Listed listed) {
        return !values.containsKey(name) || !sameValue(name, listed);
    }

    @Override
    public void beforeWrites() {
        // No key: a variable is not sealed.
    }

    /**
     * Updates a variable GitHub listed and creates one it did not; a listing that lagged is caught by GitHub's answer
     * (409: it exists; 404: it is gone), and the other request is made once.
     */
    @Override
    public WriteReceipt write(SecretName name, boolean listed, RepositoryAccess access) throws InterruptedException {
        String value = text(values.get(name));
        if (listed) {
            try {
                return update(name, value, access);
            } catch (GitHubNotFoundException gone) {
                return create(name, value, access);
            }
        }
        try {
            return create(name, value, access);
        } catch (GitHubConflictException exists) {
            return update(name, value, access);
        }
    }

    @Override
    public WriteReceipt reselect(SecretName name, List<Long> repositoryIds) throws InterruptedException {
        return client.replaceSelectedRepositories((OrganizationTarget) target, ValueKind.VARIABLE, name.value(),
                repositoryIds);
    }

    @Override
    public boolean delete(SecretName name) throws InterruptedException {
        return client.deleteVariable(target, name.value());
    }

    @Override
    public List<Long> selectedRepositoryIds(SecretName name) throws InterruptedException {
        return client.selectedRepositories((OrganizationTarget) target, ValueKind.VARIABLE, name.value()).stream()
                .map(RepositoryInfo::id).toList();
    }

    private WriteReceipt create(SecretName name, String value, RepositoryAccess access) throws InterruptedException {
        if (target instanceof OrganizationTarget organization) {
            return client.createOrganizationVariable(organization, name.value(), value, access);
        }
        return client.createVariable(target, name.value(), value);
    }

    private WriteReceipt update(SecretName name, String value, RepositoryAccess access) throws InterruptedException {
        if (target instanceof OrganizationTarget organization) {
            return client.updateOrganizationVariable(organization, name.value(), value, access);
        }
        return client.updateVariable(target, name.value(), value);
    }

    /** Exactly the same text, compared as UTF-8 bytes; the copies are cleared. */
    private boolean sameValue(SecretName name, Listing.Listed listed) {
        SecretValue desired = values.get(name);
        if (desired == null || listed.value() == null) {
            return false;
        }
        byte[] mine = desired.copyUtf8();
        byte[] theirs = listed.value().getBytes(StandardCharsets.UTF_8);
        try {
            return MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    private static String text(SecretValue value) {
        char[] chars = value.copyChars();
        try {
            return new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
