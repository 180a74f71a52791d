package org.latitude.dataset;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.latitude.audit.AuditLog;
import org.latitude.dataset.internal.CategoryResolver;
import org.latitude.dataset.internal.DatasetImporter;
import org.latitude.dataset.internal.DatasetStore;
import org.latitude.dataset.internal.ItemQueries;
import org.latitude.shared.ActingUser;
import org.latitude.shared.ItemId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.taxonomy.TaxonomySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Datasets for admins: import a file (all of it, or nothing with a report of every bad line), list, browse and search
 * items, delete, and mark a dataset used by a campaign (then it can no longer be deleted). Every import and delete is
 * audited. Modules that render items to annotators read them through {@link ItemCatalog}.
 */
@Service
public class DatasetService {

    /** The taxonomy whose categories Aegis 2.0 files name. */
    public static final String AEGIS_TAXONOMY = "aegis-2.0";

    private final DatasetImporter importer;
    private final DatasetStore datasets;
    private final ItemQueries items;
    private final TaxonomyService taxonomies;
    private final AuditLog audit;
    private final ActingUser actingUser;

    DatasetService(DatasetImporter importer, DatasetStore datasets, ItemQueries items, TaxonomyService taxonomies,
                   AuditLog audit, ActingUser actingUser) {
        this.importer = importer;
        this.datasets = datasets;
        this.items = items;
        this.taxonomies = taxonomies;
        this.audit = audit;
        this.actingUser = actingUser;
    }

    /**
     * Imports a file as a new dataset in one transaction. The returned report says whether it was stored; when it was
     * not, nothing was. A bad request (name missing or taken) is a {@link ValidationException}.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public ImportReport importFile(ImportSource source, ImportRequest request, ImportListener listener) {
        ImportReport report = importer.importFile(source, request, aegisCategories().orElse(null), actingUser.name(),
                listener == null ? ImportListener.NONE : listener);
        if (report.imported()) {
            audit.record("dataset.import", report.datasetName(), report.items() + " items (" + report.exchanges()
                    + " exchanges, " + report.pairs() + " pairs) from " + report.fileName() + " as "
                    + report.format().label());
        }
        return report;
    }

    @RolesAllowed("ADMIN")
    public ImportLimits limits() {
        return importer.limits();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<DatasetSummary> datasets() {
        return datasets.all();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public DatasetSummary dataset(long datasetId) {
        return datasets.find(datasetId).orElseThrow(() -> noDataset(datasetId));
    }

    /** Items in file order; {@code search} matches the external id or any text of the item (case-insensitive). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<ItemSummary> browse(long datasetId, String search, int offset, int limit) {
        return items.browse(datasetId, search, offset, Math.min(limit, 500));
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long countItems(long datasetId, String search) {
        return items.count(datasetId, search);
    }

    /** An item with its reference labels, for the admin's item browser. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public ItemDetails itemDetails(ItemId itemId) {
        Item item = items.item(itemId).orElseThrow(() -> new ValidationException("No item " + itemId + "."));
        return new ItemDetails(item, items.referenceLabels(itemId));
    }

    /** Called when a campaign starts using the dataset: from then on it cannot be deleted. */
    @RolesAllowed("ADMIN")
    @Transactional
    public void markInUse(long datasetId) {
        datasets.findForUpdate(datasetId).orElseThrow(() -> noDataset(datasetId));
        datasets.markInUse(datasetId);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void delete(long datasetId) {
        DatasetSummary dataset = datasets.findForUpdate(datasetId).orElseThrow(() -> noDataset(datasetId));
        if (dataset.inUse()) {
            throw new ValidationException("The dataset '" + dataset.name() + "' is used by a campaign and cannot be "
                    + "deleted.");
        }
        datasets.delete(datasetId);
        audit.record("dataset.delete", dataset.name(), dataset.itemCount() + " items, imported from "
                + dataset.sourceFile());
    }

    /**
     * Declares what the dataset contains for every item (its card's content warnings: category keys or plain words,
     * at most 20 of at most 100 characters). A campaign may take its content notices only from these. Changeable
     * while in use: it changes what annotators are warned of, never the work.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public List<String> setContentWarnings(long datasetId, List<String> warnings) {
        DatasetSummary dataset = datasets.findForUpdate(datasetId).orElseThrow(() -> noDataset(datasetId));
        List<String> clean = warnings.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
        List<String> problems = new java.util.ArrayList<>();
        if (clean.size() > 20) {
            problems.add("Declare at most 20 content warnings.");
        }
        clean.stream().filter(w -> w.length() > 100 || w.contains(",")).forEach(w -> problems.add(
                "A content warning has at most 100 characters and no comma: '" + w.substring(0, Math.min(40,
                        w.length())) + "'."));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<String> before = items.contentWarnings(datasetId);
        items.setContentWarnings(datasetId, clean);
        audit.record("dataset.warnings", dataset.name(), (before.isEmpty() ? "none" : String.join(", ", before))
                + " \u2192 " + (clean.isEmpty() ? "none" : String.join(", ", clean)));
        return clean;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<String> contentWarnings(long datasetId) {
        return items.contentWarnings(datasetId);
    }

    /** Resolves Aegis category names against the newest stored Aegis 2.0 taxonomy version, if there is one. */
    private Optional<CategoryResolver> aegisCategories() {
        Optional<TaxonomySummary> aegis = taxonomies.versions().stream()
                .filter(v -> AEGIS_TAXONOMY.equals(v.taxonomyKey()))
                .max(Comparator.comparing(TaxonomySummary::importedAt).thenComparing(TaxonomySummary::versionId));
        return aegis.map(v -> resolver(taxonomies.details(v.versionId())));
    }

    private static CategoryResolver resolver(TaxonomyDetails details) {
        return name -> details.resolve(name).map(c -> new CategoryResolver.Match("category", c.key()))
                .or(() -> details.labels().stream()
                        .filter(l -> l.key().equalsIgnoreCase(name) || l.name().equalsIgnoreCase(name)
                                || l.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name)))
                        .findFirst().map(l -> new CategoryResolver.Match("label", l.key())));
    }

    private static ValidationException noDataset(long id) {
        return new ValidationException("No dataset " + id + ".");
    }
}
