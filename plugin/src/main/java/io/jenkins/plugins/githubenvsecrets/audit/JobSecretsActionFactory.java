package io.jenkins.plugins.githubenvsecrets.audit;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Adds the job's page of secrets to each job that owns any; asked on every view of a job, it reads the cache. */
@Extension
@SuppressWarnings("rawtypes") // the extension point is declared on the raw type, as core's own factories for Job are
public final class JobSecretsActionFactory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return JobSecretsAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job target) {
        if (AuditIndex.current().ownedBy(target.getFullName()).isEmpty()) {
            return List.of();
        }
        return List.of(new JobSecretsAction(target));
    }
}
