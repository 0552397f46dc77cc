package io.jenkins.plugins.githubenvsecrets;

import hudson.model.FreeStyleProject;
import hudson.model.Job;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.StringParameterDefinition;
import java.io.IOException;
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

/**
 * The two kinds of job that run a sync: each scenario runs in both and is checked by the same verifier. A job can be
 * built again, and configured anew between builds, as scenarios over several builds need.
 */
public enum JobKind {
    /** The step, written as the snippet generator writes it; the pipeline echoes the step's result. */
    PIPELINE {
        @Override
        public Job<?, ?> create(JenkinsRule j) throws IOException {
            return j.createProject(WorkflowJob.class);
        }

        @Override
        public void configure(Job<?, ?> job, SyncSpec spec) throws Exception {
            String call = "def result = " + Snippetizer.object2Groovy(spec.step(), true) + "\n"
                    + "echo \"" + RESULT_PREFIX + "${result}\"\n";
            for (Map.Entry<String, String> binding : spec.boundVariables().entrySet()) {
                call = "withCredentials([string(credentialsId: '" + binding.getValue() + "', variable: '"
                        + binding.getKey() + "')]) {\n" + call + "}\n";
            }
            ((WorkflowJob) job).setDefinition(new CpsFlowDefinition(call, true));
        }

        @Override
        public Run<?, ?> build(JenkinsRule j, Job<?, ?> job, Result expected) throws Exception {
            return j.buildAndAssertStatus(expected, (WorkflowJob) job);
        }
    },
    /** The build step in a freestyle job, with bound variables from the credentials build wrapper. */
    FREESTYLE {
        @Override
        public Job<?, ?> create(JenkinsRule j) throws IOException {
            return j.createFreeStyleProject();
        }

        @Override
        public void configure(Job<?, ?> job, SyncSpec spec) throws Exception {
            FreeStyleProject project = (FreeStyleProject) job;
            project.getBuildWrappersList().clear();
            if (!spec.boundVariables().isEmpty()) {
                List<MultiBinding<?>> bindings = spec.boundVariables().entrySet().stream()
                        .<MultiBinding<?>>map(binding -> new StringBinding(binding.getKey(), binding.getValue()))
                        .collect(Collectors.toList());
                project.getBuildWrappersList().add(new SecretBuildWrapper(bindings));
            }
            project.getBuildersList().clear();
            project.getBuildersList().add(spec.builder());
        }

        @Override
        public Run<?, ?> build(JenkinsRule j, Job<?, ?> job, Result expected) throws Exception {
            return j.buildAndAssertStatus(expected, (FreeStyleProject) job);
        }
    };

    /** Marks the line where a pipeline prints the step's result. */
    public static final String RESULT_PREFIX = "STEP RESULT=";

    public abstract Job<?, ?> create(JenkinsRule j) throws IOException;

    /** Replaces what the job runs with {@code spec}'s sync. */
    public abstract void configure(Job<?, ?> job, SyncSpec spec) throws Exception;

    public abstract Run<?, ?> build(JenkinsRule j, Job<?, ?> job, Result expected) throws Exception;

    /** A new job that runs {@code spec}'s sync. */
    public Job<?, ?> job(JenkinsRule j, SyncSpec spec) throws Exception {
        Job<?, ?> job = create(j);
        configure(job, spec);
        return job;
    }

    /** Gives {@code job} a string parameter with this default, which each build then has as a variable. */
    public static void addStringParameter(Job<?, ?> job, String name, String value) throws IOException {
        ParametersDefinitionProperty parameters = new ParametersDefinitionProperty(
                new StringParameterDefinition(name, value));
        if (job instanceof FreeStyleProject project) {
            project.addProperty(parameters);
        } else {
            ((WorkflowJob) job).addProperty(parameters);
        }
    }

    /** A new job that runs {@code spec}'s sync, built once. */
    public Run<?, ?> run(JenkinsRule j, SyncSpec spec, Result expected) throws Exception {
        return build(j, job(j, spec), expected);
    }
}
