package io.jenkins.plugins.githubenvsecrets;

import static io.jenkins.plugins.githubenvsecrets.TestCredentials.TEXT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Job;
import hudson.model.Result;
import io.jenkins.plugins.githubenvsecrets.engine.testing.GitHubFake;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The global configuration section and the pages of published secrets have names of their own, so that an
 * administrator never takes one for the other: the section is named after the plugin, the pages after what they list.
 */
@WithJenkins
class PageNamesTest {
    private static final String SECTION = "GitHub Environment Secrets";
    private static final String PUBLISHED = "Published GitHub secrets";

    @Test
    void shouldNameTheConfigurationSectionAfterThePlugin(JenkinsRule j) throws Exception {
        HtmlPage configure = j.createWebClient().goTo("configure");

        List<String> sections = configure.getByXPath("//section[contains(@class, 'jenkins-section')]"
                + "/div[contains(@class, 'jenkins-section__title')]").stream()
                .map(title -> ((DomElement) title).getTextContent().strip()).toList();

        assertThat(sections).filteredOn(title -> title.endsWith(SECTION)).hasSize(1);
        assertThat(sections).noneMatch(title -> title.contains(PUBLISHED));
    }

    @Test
    void shouldNameTheAuditPageUnderManageJenkinsAfterWhatItLists(JenkinsRule j) throws Exception {
        HtmlPage manage = j.createWebClient().goTo("manage/");

        HtmlAnchor audit = manage.getAnchorByHref("github-environment-secrets");

        DomElement name = audit.getFirstByXPath(".//dt");
        assertThat(name.getTextContent().strip()).isEqualTo(PUBLISHED);
        assertThat(manage.getAnchors()).extracting(anchor -> anchor.getTextContent().strip())
                .noneMatch(text -> text.startsWith(SECTION));
    }

    @Test
    void shouldNameAJobsPageOfSecretsAsTheAuditPage(JenkinsRule j) throws Exception {
        try (GitHubFake github = TestGitHub.start()) {
            TestCredentials.addAll();
            Job<?, ?> job = JobKind.FREESTYLE.job(j, TestGitHub.productionSync(github)
                    .secretFromCredential("TEXT", TEXT_ID));
            JobKind.FREESTYLE.build(j, job, Result.SUCCESS);

            HtmlPage page = j.createWebClient().getPage(job, "github-environment-secrets/");

            assertThat(page.getTitleText()).startsWith(PUBLISHED + " - ");
            DomElement heading = page.getFirstByXPath("//div[@id='main-panel']//h1");
            assertThat(heading.getTextContent().strip()).isEqualTo(PUBLISHED);
        }
    }
}
