package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.latitude.export.CampaignExports;
import org.latitude.export.ExportFile;
import org.latitude.export.ExportFormat;
import org.latitude.security.ApiScope;
import org.latitude.shared.CampaignId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's annotations as files: the exports of module {@code export} (Aegis 2.0 consensus JSONL, the long form
 * as CSV or JSON Lines, a Hugging Face folder, and the pairwise equivalents), streamed to the client as the
 * campaign is read. Admins only (the export service decides); each download is audited by the export service.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/exports")
@RequiresScope(ApiScope.ANNOTATIONS_READ)
@Tag(name = "Exports", description = "Export a campaign's annotations")
class ExportsController {

    private final CampaignExports exports;

    ExportsController(CampaignExports exports) {
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "The export formats of a campaign (by its task), with their file names")
    List<ExportFile> files(@PathVariable long campaignId) {
        return exports.files(new CampaignId(campaignId));
    }

    /**
     * Streams one export. The headers are sent once the campaign and format were checked, so a refusal is still a
     * problem detail; a failure after the first byte can only cut the download short.
     */
    @GetMapping("/{format}")
    @Operation(summary = "Download one export, streamed")
    @ApiResponse(responseCode = "200", description = "The file (media type by format)", content = {
            @Content(mediaType = "application/x-ndjson"), @Content(mediaType = "text/csv"),
            @Content(mediaType = "application/zip")})
    void download(@PathVariable long campaignId, @PathVariable ExportFormat format, HttpServletResponse response)
            throws IOException {
        CampaignId campaign = new CampaignId(campaignId);
        ExportFile file = exports.file(campaign, format);
        response.setContentType(file.mediaType().startsWith("application/zip") ? file.mediaType()
                : file.mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                .build().toString());
        exports.write(campaign, format, response.getOutputStream());
    }
}
