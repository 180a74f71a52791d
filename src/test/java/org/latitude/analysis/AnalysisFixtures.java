package org.latitude.analysis;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.latitude.annotation.Answer;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.WorkStep;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterSpec;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Campaigns with known labels for the analysis tests, built through the real services: annotators answer through
 * the workspace ({@link AnnotationService}), models through a judgment import.
 */
@Component
class AnalysisFixtures {

    /** A campaign, its annotators in order, and their usernames. */
    record Annotated(CampaignId campaign, List<UserSummary> annotators, java.util.Map<Integer, Long> itemIds) {
    }

    private final TestCampaigns campaigns;
    private final AnnotationService annotations;
    private final UserAccountService accounts;
    private final UserDetailsService users;
    private final JudgmentImports imports;

    AnalysisFixtures(TestCampaigns campaigns, AnnotationService annotations, UserAccountService accounts,
                     UserDetailsService users, JudgmentImports imports) {
        this.campaigns = campaigns;
        this.annotations = annotations;
        this.accounts = accounts;
        this.users = users;
        this.imports = imports;
    }

    /**
     * A started campaign of {@code items} generated items (external ids x-0 …) where every one of {@code raters}
     * annotators answers every item with {@code answer(annotator index, item index)} and spends
     * {@code time(annotator index, item index)} ms on it.
     */
    Annotated annotated(TaskType task, int items, int raters, BiFunction<Integer, Integer, Answer> answer,
                        BiFunction<Integer, Integer, Long> time) {
        List<UserSummary> people = new ArrayList<>();
        for (int a = 0; a < raters; a++) {
            people.add(TestUsers.create(accounts, "rater" + a, Role.ANNOTATOR));
        }
        CampaignId campaign = campaigns.activeCampaign(task, items, raters,
                people.stream().map(UserSummary::id).toList());
        java.util.Map<Integer, Long> itemIds = new java.util.TreeMap<>();
        for (int a = 0; a < raters; a++) {
            TestUsers.signIn(users, people.get(a).username());
            WorkStep step = annotations.open(campaign).step();
            while (step instanceof WorkStep.Assigned assigned) {
                int item = Integer.parseInt(assigned.item().item().externalId().substring(2));
                itemIds.put(item, assigned.item().item().id().value());
                step = annotations.submit(assigned.item().assignmentId(), answer.apply(a, item), time.apply(a, item));
            }
        }
        TestUsers.signOut();
        return new Annotated(campaign, people, itemIds);
    }

    /** Imports a judgment file for a new model rater named {@code name}, as the admin. */
    void judgments(CampaignId campaign, JudgmentFormat format, String name, String content) {
        TestUsers.signIn(users, org.latitude.testsupport.LatitudeSpringTest.ADMIN);
        var report = imports.importFile(ImportSource.of(content.getBytes(StandardCharsets.UTF_8)),
                new JudgmentImportRequest(campaign, format, new RaterSpec(name, "1.0", "test", "file", "1",
                        LocalDate.of(2026, 12, 1), "temperature=0", null), "judgments.jsonl", false));
        if (!report.stored()) {
            throw new IllegalStateException("fixture judgments not stored: " + report);
        }
        TestUsers.signOut();
    }
}
