package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Campaigns", description = "Create, configure, staff and run campaigns")
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
    @Operation(summary = "List campaigns (admins: all; annotators: their own)")
    List<ApiCampaign.CampaignRow> list() {
        if (currentUser.isAdmin()) {
            return campaigns.list().stream().map(ApiCampaign.CampaignRow::of).toList();
        }
        return campaigns.myCampaigns().stream().map(ApiCampaign.CampaignRow::of).toList();
    }

    @GetMapping("/{id}")
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    @Operation(summary = "A campaign with its settings and members")
    ApiCampaign.CampaignView get(@PathVariable long id) {
        return ApiCampaign.CampaignView.of(campaigns.details(new CampaignId(id)));
    }

    @PostMapping
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Create a draft campaign")
    ResponseEntity<ApiCampaign.CampaignView> create(@RequestBody CampaignBody body) {
        CampaignSettings settings = body.over(CampaignSettings.defaults(body.name()));
        ApiCampaign.CampaignView created = ApiCampaign.CampaignView.of(campaigns.create(settings));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id())).body(created);
    }

    /** Changes the settings the request names; the others keep their values. */
    @PatchMapping("/{id}")
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Change some settings")
    ApiCampaign.CampaignView update(@PathVariable long id, @RequestBody CampaignBody body) {
        CampaignId campaign = new CampaignId(id);
        return ApiCampaign.CampaignView.of(campaigns.update(campaign, body.over(campaigns.details(campaign).settings())));
    }

    @PutMapping("/{id}/members")
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Replace the members")
    ApiCampaign.CampaignView members(@PathVariable long id, @RequestBody Members members) {
        List<UserId> ids = members.userIds() == null ? List.of() : members.userIds().stream().map(UserId::new).toList();
        return ApiCampaign.CampaignView.of(campaigns.setMembers(new CampaignId(id), ids));
    }

    /** Starts a draft (its item pool is built) or resumes a paused campaign. */
    @PostMapping("/{id}/activate")
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Start a draft or resume a paused campaign")
    ApiCampaign.CampaignRow activate(@PathVariable long id) {
        return ApiCampaign.CampaignRow.of(campaigns.activate(new CampaignId(id)));
    }

    @PostMapping("/{id}/pause")
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Pause an active campaign")
    ApiCampaign.CampaignRow pause(@PathVariable long id) {
        return ApiCampaign.CampaignRow.of(campaigns.pause(new CampaignId(id)));
    }

    @PostMapping("/{id}/close")
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Close a campaign (final)")
    ApiCampaign.CampaignRow close(@PathVariable long id) {
        return ApiCampaign.CampaignRow.of(campaigns.close(new CampaignId(id)));
    }

    /** Everyone's progress (admins). */
    @GetMapping("/{id}/progress")
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    @Operation(summary = "Everyone's progress")
    ApiProgress progress(@PathVariable long id) {
        return ApiProgress.of(assignment.progress(new CampaignId(id)));
    }

    /** The caller's own progress in a campaign they are a member of. */
    @GetMapping("/{id}/my-progress")
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    @Operation(summary = "The caller's own progress")
    MyProgress myProgress(@PathVariable long id) {
        return assignment.myProgress(new CampaignId(id));
    }
}
