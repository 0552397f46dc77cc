package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a known token may do. A token made with {@link Permission} levels holds that level for every route family,
 * as a classic token's scopes do (creating environments needs {@link Permission#ADMIN}); a fine-grained token holds
 * exactly its {@link Grant}s. A token that holds nothing sees no repository and no organization.
 */
final class FakeToken {
    private final Set<Permission> levels;
    private final Map<FineGrainedPermission, Permission> grants;

    private FakeToken(Set<Permission> levels, Map<FineGrainedPermission, Permission> grants) {
        this.levels = levels;
        this.grants = grants;
    }

    static FakeToken classic(Permission... levels) {
        var held = EnumSet.noneOf(Permission.class);
        held.addAll(Set.of(levels));
        return new FakeToken(held, null);
    }

    static FakeToken fineGrained(Grant... grants) {
        var held = new EnumMap<FineGrainedPermission, Permission>(FineGrainedPermission.class);
        for (Grant grant : grants) {
            held.merge(grant.permission(), grant.level(), (a, b) -> a.includes(b) ? a : b);
        }
        return new FakeToken(null, held);
    }

    /** GitHub hides what such a token cannot see: every repository and organization answers 404. */
    boolean seesNothing() {
        return grants == null ? levels.isEmpty() : grants.isEmpty();
    }

    /** Whether the token may do what needs {@code permission} at {@code needed} (READ or WRITE). */
    boolean allows(FineGrainedPermission permission, Permission needed) {
        if (grants != null) {
            var held = grants.get(permission);
            return held != null && held.includes(needed);
        }
        var level = permission == FineGrainedPermission.ADMINISTRATION && needed != Permission.READ
                ? Permission.ADMIN : needed;
        return levels.stream().anyMatch(held -> held.includes(level));
    }
}
