package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.latitude.api.internal.Cursor;
import org.latitude.api.internal.IdempotencyKeys;
import org.latitude.api.internal.RequestHash;
import org.latitude.api.internal.Upload;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.ItemSummary;
import org.latitude.security.ApiScope;
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
 * Datasets: upload a file through the same importers as the admin screen (all of it or nothing, the report as JSON
 * with the line of every problem), list them, page through their items by cursor.
 */
@RestController
@Tag(name = "Datasets", description = "Upload datasets and read their items")
@RequestMapping("/api/v1/datasets")
@RequiresScope(ApiScope.DATASETS_WRITE)
class DatasetsController {

    static final int MAX_PAGE = 100;

    private final DatasetService datasets;
    private final IdempotencyKeys idempotency;

    DatasetsController(DatasetService datasets, IdempotencyKeys idempotency) {
        this.datasets = datasets;
        this.idempotency = idempotency;
    }

    @GetMapping
    @Operation(summary = "List datasets")
    List<DatasetSummary> list() {
        return datasets.datasets();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One dataset")
    DatasetSummary get(@PathVariable long id) {
        return datasets.dataset(id);
    }

    /**
     * Imports {@code file} as the dataset {@code name}; {@code format} is detected from the content when absent.
     * 201 with the report when stored; 422 with the report (every problem's line) when not, nothing stored.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a file as a new dataset (all or nothing)")
    @ApiResponse(responseCode = "201", description = "Imported: the report",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "422", description = "Not imported, nothing stored: the problem's "
            + "report lists every problem by line",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<String> upload(@RequestPart("file") MultipartFile file, @RequestParam("name") String name,
                                  @RequestParam(value = "format", required = false) ImportFormat format,
                                  @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
                                  HttpServletRequest request) {
        try (Upload upload = Upload.of(file)) {
            String hash = new RequestHash("POST", request.getRequestURI()).add(name)
                    .add(format == null ? null : format.name()).add(upload.fileName()).add(upload.sha256()).hex();
            return idempotency.once(key, hash, () -> {
                ImportReport report = datasets.importFile(ImportSource.of(upload.file()),
                        new ImportRequest(name, format, upload.fileName()), null);
                if (report.imported()) {
                    return ResponseEntity.created(URI.create("/api/v1/datasets/" + report.datasetId())).body(report);
                }
                return Upload.rejected(upload.fileName(), report.problemCount(), report);
            });
        }
    }

    /** A page of at most {@code limit} items in file order, each with its turns; {@code nextCursor} for the next. */
    @GetMapping("/{id}/items")
    @Operation(summary = "A page of a dataset's items")
    ItemPage items(@PathVariable long id, @RequestParam(value = "cursor", required = false) String cursor,
                   @RequestParam(value = "limit", defaultValue = "50") int limit,
                   @RequestParam(value = "search", required = false) String search) {
        int size = Math.clamp(limit, 1, MAX_PAGE);
        long from = Cursor.position(cursor);
        datasets.dataset(id);
        List<ItemSummary> page = datasets.browse(id, search, Math.toIntExact(Math.min(from, Integer.MAX_VALUE)),
                size + 1);
        boolean more = page.size() > size;
        List<ApiItem> items = page.stream().limit(size).map(s -> ApiItem.of(datasets.itemDetails(s.id()))).toList();
        return new ItemPage(items, more ? Cursor.after(from + size) : null);
    }

    /** One page of items; {@code nextCursor} is null on the last page. */
    record ItemPage(List<ApiItem> items, String nextCursor) {
    }

}
