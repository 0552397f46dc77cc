package io.jenkins.plugins.githubenvsecrets.audit;

import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A job's page "Published GitHub secrets": the secrets the job owns, with the columns of the audit page. Anyone who
 * can see the job sees it; there is no value or fingerprint in it to hide.
 */
public final class JobSecretsAction implements Action {
    private final Job<?, ?> job;

    JobSecretsAction(Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public String getIconFileName() {
        return "symbol-key";
    }

    @Override
    public String getDisplayName() {
        return Messages.JobSecretsAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return AuditLink.URL_NAME;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    /** The first secrets the job owns, in the audit's order, as many as one view shows, and how many it owns. */
    @Restricted(NoExternalUse.class) // for Jelly
    public AuditRows getRows() {
        job.checkPermission(Item.READ);
        return AuditRows.first(AuditIndex.current().ownedBy(job.getFullName()));
    }
}
