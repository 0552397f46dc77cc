package io.jenkins.plugins.githubenvsecrets;

import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.model.Run;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;
import org.jenkinsci.plugins.credentialsbinding.impl.SecretBuildWrapper;
import org.jenkinsci.plugins.credentialsbinding.impl.StringBinding;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.Snippetizer;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jvnet.hudson.test.JenkinsRule;

/** The two kinds of job that run a sync: each scenario runs in both and is checked by the same verifier. */
enum JobKind {
    /** The step, written as the snippet generator writes it; the pipeline echoes the step's result. */
    PIPELINE {
        @Override
        Run<?, ?> run(JenkinsRule j, SyncSpec spec, Result expected) throws Exception {
            String call = "def result = " + Snippetizer.object2Groovy(spec.step(), true) + "\n"
                    + "echo \"" + RESULT_PREFIX + "${result}\"\n";
            for (Map.Entry<String, String> binding : spec.boundVariables().entrySet()) {
                call = "withCredentials([string(credentialsId: '" + binding.getValue() + "', variable: '"
                        + binding.getKey() + "')]) {\n" + call + "}\n";
            }
            WorkflowJob job = j.createProject(WorkflowJob.class);
            job.setDefinition(new CpsFlowDefinition(call, true));
            return j.buildAndAssertStatus(expected, job);
        }
    },
    /** The build step in a freestyle job, with bound variables from the credentials build wrapper. */
    FREESTYLE {
        @Override
        Run<?, ?> run(JenkinsRule j, SyncSpec spec, Result expected) throws Exception {
            FreeStyleProject job = j.createFreeStyleProject();
            if (!spec.boundVariables().isEmpty()) {
                List<MultiBinding<?>> bindings = spec.boundVariables().entrySet().stream()
                        .<MultiBinding<?>>map(binding -> new StringBinding(binding.getKey(), binding.getValue()))
                        .collect(Collectors.toList());
                job.getBuildWrappersList().add(new SecretBuildWrapper(bindings));
            }
            job.getBuildersList().add(spec.builder());
            return j.buildAndAssertStatus(expected, job);
        }
    };

    /** Marks the line where a pipeline prints the step's result. */
    static final String RESULT_PREFIX = "STEP RESULT=";

    abstract Run<?, ?> run(JenkinsRule j, SyncSpec spec, Result expected) throws Exception;
}
