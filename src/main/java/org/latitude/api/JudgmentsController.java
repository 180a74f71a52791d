package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.latitude.api.internal.IdempotencyKeys;
import org.latitude.api.internal.RequestHash;
import org.latitude.api.internal.Upload;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.JudgmentBatch;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentImportReport;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.judge.RaterSpec;
import org.latitude.security.ApiScope;
import org.latitude.shared.CampaignId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Model judgments of a started campaign: import a file in any judgment format (all or nothing, problems by line;
 * the same content for the same rater again changes nothing) and list the batches. The rater's provenance comes as
 * parameters; ensembles are declared on the admin screen.
 */
@RestController
@Tag(name = "Judgments", description = "Import model judgments")
@RequestMapping("/api/v1/campaigns/{campaignId}/judgments")
@RequiresScope(ApiScope.JUDGMENTS_WRITE)
class JudgmentsController {

    /** A batch as listed: who judged, how many judgments, from which file. */
    record Batch(long id, String rater, String kind, String source, String fileName, String contentHash,
                 long judgments, java.time.Instant createdAt, String createdBy) {

        static Batch of(JudgmentBatch b) {
            return new Batch(b.id(), b.rater().label(), b.kind().name(), b.source(), b.fileName(), b.contentHash(),
                    b.judgments(), b.createdAt(), b.createdBy());
        }
    }

    private final JudgmentImports imports;
    private final IdempotencyKeys idempotency;

    JudgmentsController(JudgmentImports imports, IdempotencyKeys idempotency) {
        this.imports = imports;
        this.idempotency = idempotency;
    }

    @GetMapping("/batches")
    @Operation(summary = "The campaign's judgment batches")
    List<Batch> batches(@PathVariable long campaignId) {
        return imports.batches(new CampaignId(campaignId)).stream().map(Batch::of).toList();
    }

    /** 201 when imported, 200 when the same file was imported before for this rater, 422 with the problems. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a judgment file (all or nothing)")
    @ApiResponse(responseCode = "201", description = "Imported: the report",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = JudgmentImportReport.class)))
    @ApiResponse(responseCode = "200", description = "The same file was imported before for this "
            + "rater: nothing changed",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = JudgmentImportReport.class)))
    @ApiResponse(responseCode = "422", description = "Not imported, nothing stored: the problem's "
            + "report lists every problem by line",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<String> upload(@PathVariable long campaignId, @RequestPart("file") MultipartFile file,
                                  @RequestParam("format") JudgmentFormat format,
                                  @RequestParam("raterName") String raterName,
                                  @RequestParam("modelVersion") String modelVersion,
                                  @RequestParam("provider") String provider,
                                  @RequestParam(value = "promptTemplate", required = false) String promptTemplate,
                                  @RequestParam(value = "promptTemplateVersion", required = false)
                                  String promptTemplateVersion,
                                  @RequestParam(value = "runDate", required = false)
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate runDate,
                                  @RequestParam(value = "decoding", required = false) String decoding,
                                  @RequestParam(value = "skipUnknownItems", defaultValue = "false")
                                  boolean skipUnknownItems,
                                  @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
                                  HttpServletRequest request) {
        RaterSpec rater = new RaterSpec(raterName, modelVersion, provider, promptTemplate, promptTemplateVersion,
                runDate, decoding, null);
        try (Upload upload = Upload.of(file)) {
            String hash = new RequestHash("POST", request.getRequestURI()).add(format.name()).add(rater.toString())
                    .add(Boolean.toString(skipUnknownItems)).add(upload.fileName()).add(upload.sha256()).hex();
            return idempotency.once(key, hash, () -> {
                JudgmentImportReport report = imports.importFile(ImportSource.of(upload.file()),
                        new JudgmentImportRequest(new CampaignId(campaignId), format, rater, upload.fileName(),
                                skipUnknownItems));
                return switch (report.outcome()) {
                    case IMPORTED -> ResponseEntity.status(HttpStatus.CREATED).body(report);
                    case ALREADY_IMPORTED -> ResponseEntity.ok(report);
                    case REJECTED -> Upload.rejected(upload.fileName(), report.problemCount(), report);
                };
            });
        }
    }
}
