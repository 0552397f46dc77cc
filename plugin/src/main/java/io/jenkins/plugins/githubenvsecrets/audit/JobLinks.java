package io.jenkins.plugins.githubenvsecrets.audit;

import hudson.model.Job;
import io.jenkins.plugins.githubenvsecrets.engine.audit.RecordRow;
import java.util.HashMap;
import java.util.Map;
import jenkins.model.Jenkins;
import org.springframework.security.access.AccessDeniedException;

/**
 * Resolves the jobs a page names, as the current viewer sees them, each name once per page: thousands of rows name
 * the same few jobs.
 */
final class JobLinks {
    private final Map<String, JobLink> resolved = new HashMap<>();
    /** An administrator sees every job, so a job this viewer cannot find does not exist. */
    private final boolean viewerSeesEveryJob = Jenkins.get().hasPermission(Jenkins.ADMINISTER);

    /** The job with this full name. */
    JobLink job(String fullName) {
        return resolved.computeIfAbsent(fullName, this::resolve);
    }

    /** The job a sync identity names: its full name, or {@code job/} and its full name. */
    JobLink owner(String identity) {
        JobLink direct = job(identity);
        if (direct.isVisible() || RecordRow.jobOf(identity).equals(identity)) {
            return direct;
        }
        JobLink named = job(RecordRow.jobOf(identity));
        return named.isVisible() ? JobLink.visible(identity, named.getUrl()) : direct;
    }

    private JobLink resolve(String fullName) {
        Job<?, ?> job = visibleJob(fullName);
        if (job != null) {
            return JobLink.visible(fullName, job.getUrl());
        }
        return viewerSeesEveryJob ? JobLink.gone(fullName) : JobLink.notVisible(fullName);
    }

    /** The job as the current viewer may see it; {@code null} if it does not exist or the viewer cannot read it. */
    private static Job<?, ?> visibleJob(String fullName) {
        try {
            return Jenkins.get().getItemByFullName(fullName, Job.class);
        } catch (AccessDeniedException e) {
            // The viewer may discover the job but not read it: shown as text, like a job out of sight.
            return null;
        }
    }
}
