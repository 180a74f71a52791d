package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.latitude.api.internal.IdempotencyKeys;
import org.latitude.api.internal.RequestHash;
import org.latitude.judge.EndpointSummary;
import org.latitude.judge.JobProgress;
import org.latitude.judge.JobSettings;
import org.latitude.judge.JudgeJobs;
import org.latitude.judge.PromptTemplate;
import org.latitude.security.ApiScope;
import org.latitude.shared.CampaignId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live-judge jobs: the endpoints and templates to choose from, start (with an Idempotency-Key, so a retried start
 * does not start twice), status, cancel. Endpoints and their keys are configured on the admin screen.
 */
@RestController
@Tag(name = "Judge jobs", description = "Run live-judge jobs")
@RequestMapping("/api/v1/judge")
@RequiresScope(ApiScope.JUDGMENTS_WRITE)
class JudgeJobsController {

    /** A job to start; members left out take the admin screen's defaults. */
    record JobBody(long campaignId, long endpointId, String templateKey, String modelVersion, Integer concurrency,
                   Integer requestsPerMinute, Integer maxRetries, Integer timeoutSeconds, Long budgetCalls,
                   Long budgetTokens, Double temperature, Integer maxTokens, Integer topLogprobs, Boolean bothOrders,
                   Double inputPricePerMillion, Double outputPricePerMillion) {

        JobSettings settings() {
            return new JobSettings(new CampaignId(campaignId), endpointId, templateKey, modelVersion,
                    or(concurrency, 8), or(requestsPerMinute, 0), or(maxRetries, 4), or(timeoutSeconds, 60),
                    or(budgetCalls, 10_000L), or(budgetTokens, 10_000_000L), or(temperature, 0.0), or(maxTokens, 20),
                    or(topLogprobs, 20), or(bothOrders, false), or(inputPricePerMillion, 0.0),
                    or(outputPricePerMillion, 0.0));
        }

        private static <T> T or(T value, T fallback) {
            return value != null ? value : fallback;
        }
    }

    /** A job's progress. */
    record Job(long id, long campaignId, String rater, String template, String status, String reason,
               long unitsTotal, long unitsDone, long callsTotal, long callsAnswered, long callsUnparseable,
               long callsFailed, long callsSent, long tokensUsed, long budgetCalls, long budgetTokens,
               double fraction, java.time.Instant createdAt, java.time.Instant finishedAt) {

        static Job of(JobProgress p) {
            return new Job(p.id(), p.campaignId().value(), p.rater(), p.template(), p.status().name(), p.reason(),
                    p.unitsTotal(), p.unitsDone(), p.callsTotal(), p.callsAnswered(), p.callsUnparseable(),
                    p.callsFailed(), p.callsSent(), p.tokensUsed(), p.budgetCalls(), p.budgetTokens(), p.fraction(),
                    p.createdAt(), p.finishedAt());
        }
    }

    private final JudgeJobs jobs;
    private final IdempotencyKeys idempotency;
    private final JsonMapper json;

    JudgeJobsController(JudgeJobs jobs, IdempotencyKeys idempotency, JsonMapper json) {
        this.jobs = jobs;
        this.idempotency = idempotency;
        this.json = json;
    }

    @GetMapping("/endpoints")
    @Operation(summary = "Configured model endpoints (never their keys)")
    List<EndpointSummary> endpoints() {
        return jobs.endpoints();
    }

    @GetMapping("/templates")
    @Operation(summary = "Prompt templates")
    List<PromptTemplate> templates() {
        return jobs.templates();
    }

    @GetMapping("/campaigns/{campaignId}/jobs")
    @Operation(summary = "A campaign's jobs")
    List<Job> ofCampaign(@PathVariable long campaignId) {
        return jobs.jobs(new CampaignId(campaignId)).stream().map(Job::of).toList();
    }

    @PostMapping("/jobs")
    @Operation(summary = "Start a live-judge job")
    @ApiResponse(responseCode = "201", description = "Started (or, for a repeated Idempotency-Key, "
            + "the first start's answer)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Job.class)))
    ResponseEntity<String> start(@RequestBody JobBody body,
                                 @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
                                 HttpServletRequest request) {
        String hash = new RequestHash("POST", request.getRequestURI()).add(json.writeValueAsString(body)).hex();
        return idempotency.once(key, hash, () -> {
            Job started = Job.of(jobs.start(body.settings()));
            return ResponseEntity.created(java.net.URI.create("/api/v1/judge/jobs/" + started.id())).body(started);
        });
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "A job's status and progress")
    Job status(@PathVariable long id) {
        return Job.of(jobs.progress(id));
    }

    @PostMapping("/jobs/{id}/cancel")
    @Operation(summary = "Cancel a queued or running job")
    Job cancel(@PathVariable long id) {
        jobs.cancel(id);
        return Job.of(jobs.progress(id));
    }
}
