package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.crypto.InvalidSealingKeyException;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SealingKey;
import io.jenkins.plugins.githubenvsecrets.engine.crypto.SecretSealer;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubApiException;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubClient;
import io.jenkins.plugins.githubenvsecrets.engine.github.GitHubValidationException;
import io.jenkins.plugins.githubenvsecrets.engine.github.OrganizationSecret;
import io.jenkins.plugins.githubenvsecrets.engine.github.RepositoryInfo;
import io.jenkins.plugins.githubenvsecrets.engine.github.SecretMetadata;
import io.jenkins.plugins.githubenvsecrets.engine.github.TargetPublicKey;
import io.jenkins.plugins.githubenvsecrets.engine.github.WriteReceipt;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretValue;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets of one target: listed by name and time (an organization's with their visibility), sealed with the
 * target's own public key (read once, and once more if GitHub rotated it), unchanged when this job wrote the same value
 * (a keyed fingerprint) and nobody changed it since.
 */
final class SecretGateway implements KindGateway {
    private final GitHubClient client;
    private final SecretSealer sealer;
    private final Target target;
    private final Map<SecretName, SecretValue> values;
    private final SyncMemory memory;
    private final RecordScope scope;
    private final String job;
    private final Map<SecretName, String> fingerprints = new LinkedHashMap<>();
    /** Read once per sync, and again only if GitHub rotated it. */
    private SealingKey key;

    SecretGateway(GitHubClient client, SecretSealer sealer, Target target, SyncRequest request, SyncMemory memory) {
        this.client = client;
        this.sealer = sealer;
        this.target = target;
        this.values = request.secrets();
        this.memory = memory;
        this.scope = new RecordScope(request.apiUrl().toString(), target, ValueKind.SECRET);
        this.job = request.job().orElse("");
    }

    @Override
    public ValueKind kind() {
        return ValueKind.SECRET;
    }

    /**
     * A sync that remembers nothing of the target writes every secret anyway and learns from each answer whether it
     * created or updated it, so listing first would be a wasted request.
     */
    @Override
    public boolean listsAlways() {
        return false;
    }

    @Override
    public Listing list() throws InterruptedException {
        Map<SecretName, Listing.Listed> listed = new LinkedHashMap<>();
        if (target instanceof OrganizationTarget organization) {
            for (OrganizationSecret secret : client.listOrganizationSecrets(organization)) {
                listed.put(SecretName.listed(secret.secret().name()),
                        new Listing.Listed(secret.secret().updatedAt(), null, secret.visibility()));
            }
        } else {
            for (SecretMetadata secret : client.listSecrets(target)) {
                listed.put(SecretName.listed(secret.name()), new Listing.Listed(secret.updatedAt(), null, null));
            }
        }
        return Listing.of(listed);
    }

    /** The key is needed for the writes anyway, and reading it shows whether the target exists. */
    @Override
    public void readAhead() throws InterruptedException {
        if (!values.isEmpty()) {
            key();
        }
    }

    @Override
    public void prepare() {
        if (memory.remembers()) {
            values.forEach((name, value) -> fingerprints.put(name,
                    memory.fingerprinter().fingerprint(scope, job, name, value)));
        }
    }

    @Override
    public String fingerprint(SecretName name) {
        return fingerprints.get(name);
    }

    /**
     * Same value as this job last wrote (the fingerprint is bound to the job, so another job's write never matches),
     * and nobody has changed it on GitHub since.
     */
    @Override
    public boolean holdsDesiredValue(SecretName name, SecretRecord record, Listing.Listed listed) {
        return record != null && record.hasFingerprint(fingerprints.get(name))
                && !record.changedOnGitHubSince(listed.updatedAt());
    }

    /** GitHub never shows a secret's value: a change since our write may have left any value. */
    @Override
    public boolean mayDiffer(SecretName name, Listing.Listed listed) {
        return true;
    }

    @Override
    public void beforeWrites() throws InterruptedException {
        key();
    }

    /**
     * Seals with the target's key and writes. GitHub refuses a value sealed with a key it has since rotated: the key
     * is then fetched again and the write tried once more. Each refusal's words say what was done about the key;
     * GitHub's own words are in the refusal's message.
     */
    @Override
    public WriteReceipt write(SecretName name, boolean listed, RepositoryAccess access)
            throws InterruptedException {
        SealingKey current = key();
        try {
            return put(name, current, access);
        } catch (GitHubValidationException refused) {
            key = null;
            SealingKey fresh;
            try {
                fresh = key();
            } catch (GitHubApiException refetch) {
                throw new WriteRefused(refused.getMessage() + " The " + keyOwner() + " key may have changed, and"
                        + " fetching it again failed (" + refetch.getMessage() + "); run again to fetch the key anew.",
                        refetch);
            }
            if (fresh.keyId().equals(current.keyId())) {
                throw new WriteRefused(refused.getMessage() + " The " + keyOwner() + " key was fetched again and"
                        + " has not changed, so the key is not the cause.", null);
            }
            try {
                return put(name, fresh, access);
            } catch (GitHubValidationException again) {
                throw new WriteRefused(again.getMessage() + " The value was sealed again with the " + keyOwner()
                        + " new key, and GitHub refused it again.", null);
            }
        }
    }

    @Override
    public WriteReceipt reselect(SecretName name, List<Long> repositoryIds) throws InterruptedException {
        return client.replaceSelectedRepositories((OrganizationTarget) target, ValueKind.SECRET, name.value(),
                repositoryIds);
    }

    @Override
    public boolean delete(SecretName name) throws InterruptedException {
        return client.deleteSecret(target, name.value());
    }

    @Override
    public List<Long> selectedRepositoryIds(SecretName name) throws InterruptedException {
        return client.selectedRepositories((OrganizationTarget) target, ValueKind.SECRET, name.value()).stream()
                .map(RepositoryInfo::id).toList();
    }

    private WriteReceipt put(SecretName name, SealingKey sealingKey, RepositoryAccess access)
            throws InterruptedException {
        SealedSecret sealed;
        try {
            sealed = sealer.seal(values.get(name), sealingKey);
        } catch (InvalidSealingKeyException e) {
            throw new KindEnded(unusableKey(sealingKey.keyId(), e));
        }
        if (target instanceof OrganizationTarget organization) {
            return client.putOrganizationSecret(organization, name.value(), sealed.encryptedValueBase64(),
                    sealed.keyId(), access);
        }
        return client.putSecret(target, name.value(), sealed.encryptedValueBase64(), sealed.keyId());
    }

    private SealingKey key() throws InterruptedException {
        if (key == null) {
            TargetPublicKey publicKey = client.getPublicKey(target);
            try {
                key = SealingKey.fromBase64(publicKey.keyId(), publicKey.keyBase64());
            } catch (InvalidSealingKeyException e) {
                throw new KindEnded(unusableKey(publicKey.keyId(), e));
            }
        }
        return key;
    }

    /** {@code environment's}, {@code repository's} or {@code organization's}. */
    private String keyOwner() {
        return target.kind().noun() + "'s";
    }

    private String unusableKey(String keyId, InvalidSealingKeyException e) {
        return "GitHub handed out a public key for " + target.describe() + " (key id '"
                + Texts.serverText(keyId, client.mask()) + "') that cannot be used: it " + e.problem() + ". Nothing was sealed with it; try again later, and"
                + " tell GitHub support if it persists.";
    }
}
