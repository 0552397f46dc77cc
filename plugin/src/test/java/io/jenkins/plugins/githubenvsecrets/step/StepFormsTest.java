package io.jenkins.plugins.githubenvsecrets.step;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.FreeStyleProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.jenkins.plugins.githubenvsecrets.SyncSpec;
import io.jenkins.plugins.githubenvsecrets.TestCredentials;
import io.jenkins.plugins.githubenvsecrets.credentials.SecretSource;
import java.util.List;
import java.util.stream.Stream;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.structs.describable.DescribableParameter;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The three steps' forms, as the Snippet Generator shows them: every field of the form comes back as it went (the
 * shared fragments and the scope's view included in each, the text area of selected repositories, a failOnError that
 * is off), and every field of every step, of the build step and of the rows has its help page, found as core finds
 * it for the form's help links, up the class hierarchy and through the scopes' redirects.
 */
@WithJenkins
class StepFormsTest {
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        j = rule;
        TestCredentials.addAll();
    }

    static Stream<SyncSpec> everyStepWithEveryFormField() {
        return Stream.of(
                new SyncSpec("acme/web").environment("production").createEnvironment(),
                SyncSpec.ofRepository("acme/web").application("dependabot"),
                SyncSpec.ofOrganization("acme").visibility("selected").selectedRepositories("web", "acme/api")
                        .application("codespaces"))
                .map(spec -> spec.credentialsId(TOKEN_ID).apiUrl("https://github.example.com/api/v3")
                        .secretFromCredential("API_KEY", TEXT_ID).secretFromEnv("FROM_ENV", "SOME_VARIABLE")
                        .usernameFromCredential("LOGIN", "deploy-login").variable("REGION", "eu-west-1")
                        .variableFromEnv("TAG", "BUILD_TAG").prune().pruneAll().force().dryRun().failOnDrift()
                        .syncIdentity("team/deploy-web").detailedResult().failOnError(false));
    }

    @ParameterizedTest
    @MethodSource("everyStepWithEveryFormField")
    void shouldKeepEveryFieldThroughTheStepsForm(SyncSpec spec) throws Exception {
        GitHubSecretStep before = spec.step();

        GitHubSecretStep after = configRoundTrip(before);

        j.assertEqualDataBoundBeans(before, after);
        assertThat(after.isFailOnError()).isFalse();
        assertThat(after.getVariables()).extracting(VariableSource::getName).containsExactly("REGION", "TAG");
    }

    /** On by default, and so it comes back from a form that never showed it off. */
    @Test
    void shouldKeepFailOnErrorOnThroughTheForm() throws Exception {
        GitHubSecretStep after = configRoundTrip(new SyncSpec("acme/web").environment("production")
                .credentialsId(TOKEN_ID).secretFromCredential("API_KEY", TEXT_ID).step());

        assertThat(after.isFailOnError()).isTrue();
        assertThat(after.isDetailedResult()).isFalse();
    }

    @Test
    void shouldKeepSelectedRepositoriesAsAListThroughTheForm() throws Exception {
        GitHubOrganizationSecretStep after = (GitHubOrganizationSecretStep) configRoundTrip(
                SyncSpec.ofOrganization("acme").selectedRepositories("web", "api").secretFromCredential("API_KEY",
                        TEXT_ID).step());

        assertThat(after.getSelectedRepositories()).containsExactly("web", "api");
        assertThat(after.getVisibility()).isEmpty();
    }

    @Test
    void shouldOfferHelpForEveryFieldOfEveryStep() throws Exception {
        assertHelpForEveryField(GitHubEnvironmentSecretStep.class);
        assertHelpForEveryField(GitHubRepositorySecretStep.class);
        assertHelpForEveryField(GitHubOrganizationSecretStep.class);
    }

    @Test
    void shouldOfferHelpForEveryFieldOfTheBuildStepItsScopesAndTheRows() throws Exception {
        assertHelpForEveryField(GitHubSecretBuilder.class);
        assertHelpForEveryField(EnvironmentScope.class);
        assertHelpForEveryField(RepositoryScope.class);
        assertHelpForEveryField(OrganizationScope.class);
        assertHelpForEveryField(VariableSource.class);
        assertHelpForEveryField(SecretSource.class);
    }

    /** The step's form shows a help link for each of its fields, the shared fragments' and its scope's alike. */
    @Test
    void shouldRenderTheIncludedViewsOfEachStep() throws Exception {
        for (GitHubSecretStep step : everyStepWithEveryFormField().map(SyncSpec::step).toList()) {
            FreeStyleProject project = j.createFreeStyleProject();
            project.getBuildersList().add(new StepHolder(step));
            HtmlPage page = j.createWebClient().getPage(project, "configure");
            String html = page.getWebResponse().getContentAsString();
            String id = step.getDescriptor().getId();
            for (String field : List.of("credentialsId", "apiUrl", "secrets", "variables", "dryRun", "prune",
                    "pruneAll", "force", "failOnDrift", "syncIdentity", "detailedResult", "failOnError")) {
                assertThat(html).as("%s's help link for %s", id, field).contains(id + "/help/" + field);
            }
            assertThat(html).contains("testConnection");
        }
    }

    /** Each field's help link, as a form computes it, leads to a help page. */
    private void assertHelpForEveryField(Class<? extends Describable<?>> type) throws Exception {
        Descriptor<?> descriptor = j.jenkins.getDescriptorOrDie(type);
        JenkinsRule.WebClient web = j.createWebClient();
        for (DescribableParameter parameter : new DescribableModel<>(type).getParameters()) {
            String field = parameter.getName();
            String url = j.executeOnServer(() -> descriptor.getHelpFile(field));
            assertThat(url).as("the help of %s's %s", type.getSimpleName(), field).isNotNull();
            Page help = web.goTo(url.substring(1), null);
            assertThat(help.getWebResponse().getStatusCode()).as("the help page %s", url).isEqualTo(200);
            assertThat(help.getWebResponse().getContentAsString()).as("the help page %s", url).contains("<div>");
        }
    }

    /** As the Snippet Generator's form would give it back: shown in a form, submitted, bound again. */
    private GitHubSecretStep configRoundTrip(GitHubSecretStep before) throws Exception {
        StepHolder after = j.configRoundtrip(new StepHolder(before));
        assertThat(after.getStep()).isInstanceOf(before.getClass());
        return (GitHubSecretStep) after.getStep();
    }

    /** A build step that holds a Pipeline step, so that the step's form can be shown and submitted. */
    public static final class StepHolder extends Builder {
        private final Step step;

        @DataBoundConstructor
        public StepHolder(Step step) {
            this.step = step;
        }

        public Step getStep() {
            return step;
        }

        @TestExtension
        public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
            @Override
            public boolean isApplicable(@SuppressWarnings("rawtypes") Class<? extends AbstractProject> jobType) {
                return true;
            }

            @NonNull
            @Override
            public String getDisplayName() {
                return "Holds a Pipeline step";
            }
        }
    }
}
