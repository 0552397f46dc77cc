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
    /**
     * Who may read the system configuration may read the names of jobs out of sight too (the audit page); a viewer
     * of one job's page is not told the names of other jobs it cannot see.
     */
    private final boolean viewerMayReadNames = Jenkins.get().hasPermission(Jenkins.SYSTEM_READ);

    /** The job with this full name. */
    JobLink job(String fullName) {
        return resolved.computeIfAbsent(fullName, this::resolve);
    }

    /**
     * A job this Jenkins saw deleted: whatever job has its name now is another one, so it is never linked; only a
     * viewer who sees every job is told it is gone.
     */
    JobLink deleted(String fullName) {
        return viewerSeesEveryJob ? JobLink.gone(fullName)
                : JobLink.notVisible(viewerMayReadNames ? fullName : Messages.JobLinks_AnotherJob());
    }

    /**
     * The job a sync identity belongs to: the job of that full name, or for {@code <full name>/<suffix>} the job of
     * the longest such name the viewer can see.
     */
    JobLink owner(String identity) {
        for (String name : RecordRow.jobsNamedBy(identity)) {
            JobLink job = job(name);
            if (job.isVisible()) {
                return name.equals(identity) ? job : JobLink.visible(identity, job.getUrl());
            }
        }
        return job(identity);
    }

    private JobLink resolve(String fullName) {
        Job<?, ?> job = visibleJob(fullName);
        if (job != null) {
            return JobLink.visible(fullName, job.getUrl());
        }
        if (viewerSeesEveryJob) {
            return JobLink.gone(fullName);
        }
        return JobLink.notVisible(viewerMayReadNames ? fullName : Messages.JobLinks_AnotherJob());
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
