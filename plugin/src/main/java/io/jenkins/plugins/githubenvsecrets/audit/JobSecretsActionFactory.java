package io.jenkins.plugins.githubenvsecrets.audit;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Adds the job's page of secrets to each job that owns any. Asked on every view of every job, it answers from the
 * index's current snapshot, without a lock and without reading a file.
 */
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
        if (!AuditIndex.current().owns(target.getFullName())) {
            return List.of();
        }
        return List.of(new JobSecretsAction(target));
    }
}
