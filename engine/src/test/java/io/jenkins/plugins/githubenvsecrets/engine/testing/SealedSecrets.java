package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * A sealed secret arriving at any {@link SecretHolder}, checked as GitHub checks it: the name, the key id, a box the
 * holder's private key opens (real {@code crypto_box_seal_open}), the value's size and the holder's count. Messages
 * name the secret, never its value.
 */
final class SealedSecrets {
    /** GitHub's limit for one secret value. */
    static final int MAX_SECRET_BYTES = 48 * 1024;
    /** GitHub's answer both to a stale key id and to a box it cannot open. */
    static final String IMPROPERLY_ENCRYPTED =
            "Bad request - validation failed due to an improperly encrypted secret";

    private SealedSecrets() {
    }

    static void checkName(String name, String documentation) throws RejectedRequest {
        if (!SecretNames.isValid(name)) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nSecret names can only contain"
                    + " alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), must not start with a"
                    + " number and must not start with the GITHUB_ prefix.", documentation));
        }
    }

    /**
     * The plaintext of {@code write}, opened with the holder's private key after any rotation armed for this write;
     * the caller clears it.
     */
    static byte[] open(SecretHolder holder, SecretWrite write, Supplier<SealedBoxKeys> newKeys,
            String documentation) throws RejectedRequest {
        if (holder.rotationPending()) {
            holder.rotate(newKeys.get());
        }
        if (!write.keyId().equals(holder.keys().keyId())) {
            throw RejectedRequest.answer(Reply.error(422, IMPROPERLY_ENCRYPTED, documentation));
        }
        return holder.keys().open(write.sealedValue())
                .orElseThrow(() -> RejectedRequest.answer(Reply.error(422, IMPROPERLY_ENCRYPTED, documentation)));
    }

    /**
     * Stores {@code plaintext} as {@code name}: 204 when it replaced a secret, 201 {@code {}} when it created one.
     *
     * @param max how many secrets the holder may keep
     * @param holderNoun {@code environment}, {@code repository} or {@code organization}, for the count's message
     */
    static Reply store(SecretHolder holder, String name, byte[] plaintext, Instant now, int max, String holderNoun,
            String documentation) throws RejectedRequest {
        if (plaintext.length > MAX_SECRET_BYTES) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nSecret value is too large (maximum is"
                    + " 48 KB).", documentation));
        }
        var existing = holder.secret(name);
        if (existing.isPresent()) {
            holder.store(name, existing.get().updated(plaintext, now));
            return Reply.noContent();
        }
        if (holder.secretCount() >= max) {
            throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nThis " + holderNoun + " already has"
                    + " the maximum of " + max + " secrets.", documentation));
        }
        holder.store(name, new StoredSecret(SecretNames.canonical(name), plaintext, now, now));
        return Reply.json(201, Json.object());
    }
}
