package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.github.WriteReceipt;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import java.util.List;

/**
 * What differs between the secrets and the variables of a target in a sync: how GitHub's state is read, how
 * "unchanged" is decided, and how a value is written, reselected or deleted. Everything else, the records, the plan,
 * the outcomes, is {@link KindSync}'s, the same for both. The routes themselves are the client's.
 */
interface KindGateway {
    ValueKind kind();

    /** Whether every sync must list first: true where the listing is what "unchanged" is decided on. */
    boolean listsAlways();

    /** Lists what the target holds of this kind; a missing (or hidden) target is a 404. */
    Listing list() throws InterruptedException;

    /**
     * Reads what writing will need and proves the target exists, when nothing was listed: the public key for secrets;
     * nothing for variables, which are always listed.
     */
    void readAhead() throws InterruptedException;

    /** CPU work that may run while targets are read: fingerprints of the desired secrets. */
    void prepare();

    /** The fingerprint this sync records for a write of {@code name}; {@code null} where none is kept. */
    String fingerprint(SecretName name);

    /**
     * Whether GitHub holds the desired value of {@code name} already: for a secret, this job wrote this value (the
     * record's fingerprint) and nobody changed it since; for a variable, GitHub's value is exactly the desired one.
     *
     * @param record what this Jenkins recorded; {@code null} when nothing
     */
    boolean holdsDesiredValue(SecretName name, SecretRecord record, Listing.Listed listed);

    /** Whether a change on GitHub since our write may have left another value than the desired one. */
    boolean mayDiffer(SecretName name, Listing.Listed listed);

    /** Makes ready to write (reads the secrets' key once), so that an unusable key ends the kind before any write. */
    void beforeWrites() throws InterruptedException;

    /**
     * Writes the desired value, with {@code access} for an organization's (null otherwise).
     *
     * @param listed whether GitHub listed it: a variable is then updated, else created
     * @throws WriteRefused when GitHub refused in a way whose reason the gateway words
     * @throws KindEnded when nothing more of this kind can be written at the target (an unusable key)
     */
    WriteReceipt write(SecretName name, boolean listed, RepositoryAccess access) throws InterruptedException;

    /** Replaces which repositories may read an organization's secret or variable, its value left as it is. */
    WriteReceipt reselect(SecretName name, List<Long> repositoryIds) throws InterruptedException;

    /** @return whether GitHub held it (204), or it was gone already (404) */
    boolean delete(SecretName name) throws InterruptedException;

    /** GitHub's selected repositories of an organization's secret or variable, by id. */
    List<Long> selectedRepositoryIds(SecretName name) throws InterruptedException;
}
