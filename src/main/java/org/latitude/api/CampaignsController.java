package org.latitude.api;

import java.net.URI;
import java.util.List;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.MyProgress;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.security.ApiScope;
import org.latitude.security.CurrentUser;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns: list (an admin sees all, an annotator their own), create, change settings, members, lifecycle
 * (activate = start or resume, pause, close), progress. Changes need the {@code admin} scope, reads
 * {@code campaigns:read}; the campaign service decides what each role may see.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignsController {

    /** The members of a campaign: user ids of enabled annotators. */
    record Members(List<Long> userIds) {
    }

    private final CampaignService campaigns;
    private final AssignmentService assignment;
    private final CurrentUser currentUser;

    CampaignsController(CampaignService campaigns, AssignmentService assignment, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.assignment = assignment;
        this.currentUser = currentUser;
    }

    @GetMapping
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    List<ApiCampaign.Row> list() {
        if (currentUser.isAdmin()) {
            return campaigns.list().stream().map(ApiCampaign.Row::of).toList();
        }
        return campaigns.myCampaigns().stream().map(ApiCampaign.Row::of).toList();
    }

    @GetMapping("/{id}")
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    ApiCampaign.Full get(@PathVariable long id) {
        return ApiCampaign.Full.of(campaigns.details(new CampaignId(id)));
    }

    @PostMapping
    @RequiresScope(ApiScope.ADMIN)
    ResponseEntity<ApiCampaign.Full> create(@RequestBody CampaignBody body) {
        CampaignSettings settings = body.over(CampaignSettings.defaults(body.name()));
        ApiCampaign.Full created = ApiCampaign.Full.of(campaigns.create(settings));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id())).body(created);
    }

    /** Changes the settings the request names; the others keep their values. */
    @PatchMapping("/{id}")
    @RequiresScope(ApiScope.ADMIN)
    ApiCampaign.Full update(@PathVariable long id, @RequestBody CampaignBody body) {
        CampaignId campaign = new CampaignId(id);
        return ApiCampaign.Full.of(campaigns.update(campaign, body.over(campaigns.details(campaign).settings())));
    }

    @PutMapping("/{id}/members")
    @RequiresScope(ApiScope.ADMIN)
    ApiCampaign.Full members(@PathVariable long id, @RequestBody Members members) {
        List<UserId> ids = members.userIds() == null ? List.of() : members.userIds().stream().map(UserId::new).toList();
        return ApiCampaign.Full.of(campaigns.setMembers(new CampaignId(id), ids));
    }

    /** Starts a draft (its item pool is built) or resumes a paused campaign. */
    @PostMapping("/{id}/activate")
    @RequiresScope(ApiScope.ADMIN)
    ApiCampaign.Row activate(@PathVariable long id) {
        return ApiCampaign.Row.of(campaigns.activate(new CampaignId(id)));
    }

    @PostMapping("/{id}/pause")
    @RequiresScope(ApiScope.ADMIN)
    ApiCampaign.Row pause(@PathVariable long id) {
        return ApiCampaign.Row.of(campaigns.pause(new CampaignId(id)));
    }

    @PostMapping("/{id}/close")
    @RequiresScope(ApiScope.ADMIN)
    ApiCampaign.Row close(@PathVariable long id) {
        return ApiCampaign.Row.of(campaigns.close(new CampaignId(id)));
    }

    /** Everyone's progress (admins). */
    @GetMapping("/{id}/progress")
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    ApiProgress progress(@PathVariable long id) {
        return ApiProgress.of(assignment.progress(new CampaignId(id)));
    }

    /** The caller's own progress in a campaign they are a member of. */
    @GetMapping("/{id}/my-progress")
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    MyProgress myProgress(@PathVariable long id) {
        return assignment.myProgress(new CampaignId(id));
    }
}
