package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.Objects;

/** One permission of a fine-grained token, read or write (write includes read). */
public record Grant(FineGrainedPermission permission, Permission level) {
    public Grant {
        Objects.requireNonNull(permission, "permission");
        if (level != Permission.READ && level != Permission.WRITE) {
            throw new IllegalArgumentException("a fine-grained permission is read or write, not " + level);
        }
    }

    public static Grant read(FineGrainedPermission permission) {
        return new Grant(permission, Permission.READ);
    }

    public static Grant write(FineGrainedPermission permission) {
        return new Grant(permission, Permission.WRITE);
    }
}
