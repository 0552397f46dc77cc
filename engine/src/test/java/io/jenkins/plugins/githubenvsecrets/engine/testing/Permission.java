package io.jenkins.plugins.githubenvsecrets.engine.testing;

/**
 * What a fake token may do. The levels are ordered: each one includes the ones before it.
 *
 * <ul>
 *   <li>{@link #READ}: fine-grained "Environments: read"; repository, environment, public key and secret metadata.</li>
 *   <li>{@link #WRITE}: "Environments: write"; also create, update and delete secrets.</li>
 *   <li>{@link #ADMIN}: "Administration: write"; also create or update environments.</li>
 * </ul>
 */
public enum Permission {
    READ,
    WRITE,
    ADMIN;

    /** Whether a token holding this level may do what {@code needed} requires. */
    boolean includes(Permission needed) {
        return compareTo(needed) >= 0;
    }
}
