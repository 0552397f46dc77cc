package io.jenkins.plugins.githubenvsecrets.engine.state;

/**
 * How a sync identity belongs to a job: it is the job's full name or {@code <full name>/<suffix>}. A job is never a
 * folder, so no other job's identity starts with its name and a slash.
 */
public final class JobIdentities {
    private JobIdentities() {
    }

    /** Whether {@code identity} is the job's own or one of its suffixed identities. */
    public static boolean belongsTo(String identity, String jobFullName) {
        return identity.equals(jobFullName) || identity.startsWith(jobFullName + "/");
    }

    /** The identity after its job moved from {@code oldFullName} to {@code newFullName}; others stay as they are. */
    static String moved(String identity, String oldFullName, String newFullName) {
        return belongsTo(identity, oldFullName) ? newFullName + identity.substring(oldFullName.length()) : identity;
    }
}
