package org.latitude.testsupport;

import java.util.List;
import java.util.function.BiFunction;
import org.latitude.annotation.Answer;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.WorkItem;
import org.latitude.annotation.WorkStep;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportFormat;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Campaigns annotated through the real services: every annotator (in turn, signed in as themselves) asks for the
 * next item and answers it until none is left. Leaves the admin signed in.
 */
@Component
public class AnnotatedCampaigns {

    private final AnnotationFixtures fixtures;
    private final TestCampaigns campaigns;
    private final AnnotationService annotations;
    private final UserDetailsService users;

    public AnnotatedCampaigns(AnnotationFixtures fixtures, TestCampaigns campaigns, AnnotationService annotations,
                              UserDetailsService users) {
        this.fixtures = fixtures;
        this.campaigns = campaigns;
        this.annotations = annotations;
        this.users = users;
    }

    /**
     * A started campaign (k = the number of annotators) over a generic-JSONL dataset of {@code items}; {@code answer}
     * gives annotator number {@code a}'s answer to the item with external id {@code id}, time spent 1000 + a ms.
     */
    public CampaignId annotated(TaskType task, String items, List<UserSummary> annotators,
                                BiFunction<Integer, String, Answer> answer) {
        long dataset = fixtures.dataset(items, ImportFormat.GENERIC_JSONL);
        CampaignId campaign = campaigns.activeCampaign(campaigns.settings(task, dataset, annotators.size()),
                annotators.stream().map(UserSummary::id).toList());
        for (int a = 0; a < annotators.size(); a++) {
            TestUsers.signIn(users, annotators.get(a).username());
            WorkStep step = annotations.open(campaign).step();
            while (Steps.work(step).isPresent()) {
                WorkItem work = Steps.item(step);
                step = annotations.submit(work.assignmentId(), answer.apply(a, work.item().externalId()), 1000 + a);
            }
        }
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        return campaign;
    }
}
