package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.plan.Action;

/**
 * Wording the sync's parts share. A reason that concerns many secrets or variables is said once, by the target or by
 * the first one it failed, and the others point to it: a refused token would otherwise repeat its long explanation
 * for every name.
 */
final class Texts {
    /** How a user lets a sync create a missing environment, in both forms the plugin offers. */
    static final String CREATE_ENVIRONMENT = "createEnvironment: true in a Pipeline, or the option 'Create the"
            + " environment if it does not exist' of a freestyle job's build step";
    /** What creating an environment needs of the token. */
    static final String CREATE_PERMISSION = "the repository permission 'Administration: write' (a classic token: the"
            + " 'repo' scope)";

    private Texts() {
    }

    /** A fault GitHub did not report, in words: what was being done, and the exception, its message scrubbed. */
    static String unexpected(String doing, RuntimeException e, SecretMask mask) {
        return "unexpected error while " + doing + ": " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + shorten(mask.scrub(e.getMessage())));
    }

    /** Text GitHub sent that is no error message (a key id, say), for a reason to quote: scrubbed, then shortened. */
    static String serverText(String text, SecretMask mask) {
        return shorten(mask.scrub(text));
    }

    static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code not written: <reason>}, or {@code not deleted: <reason>} for a deletion. */
    static String notDone(Action action, String reason) {
        return (action == Action.DELETE ? "not deleted: " : "not written: ") + reason;
    }

    /** For each name of a target that failed as a whole: the target's own report says why, once. */
    static String targetFailed(Action action, Target target) {
        return notDone(action, "the " + target.kind().noun() + " failed as a whole (see its reason)");
    }

    /** For each name after the first that one reason failed: {@code first} carries the reason. */
    static String sameReasonAs(Action action, ValueKind kind, SecretName first) {
        return notDone(action, "for the same reason as " + kind.noun() + " " + first.value());
    }

    /** {@code 1 secret or variable ... was}, {@code 2 secrets or variables ... were}. */
    static String driftRefusal(int drifted) {
        return "not written: failOnDrift is set, and " + (drifted == 1
                ? "1 secret or variable of this sync was changed on GitHub since this Jenkins wrote it"
                : drifted + " secrets or variables of this sync were changed on GitHub since this Jenkins wrote them");
    }
}
