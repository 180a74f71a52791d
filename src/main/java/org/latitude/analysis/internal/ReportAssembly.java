package org.latitude.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.latitude.agreement.AgreementEngine;
import org.latitude.agreement.AnalysisOptions;
import org.latitude.agreement.FieldAgreement;
import org.latitude.agreement.Figure;
import org.latitude.agreement.PairwiseAgreement;
import org.latitude.agreement.RatingTable;
import org.latitude.analysis.AnalysisCancelledException;
import org.latitude.analysis.AnalysisProgress;
import org.latitude.analysis.AnalysisSteps;
import org.latitude.cli.discretion.DiscretionMeasures;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.DiscretionAnalysis;
import org.latitude.discretion.DiscretionOptions;
import org.latitude.discretion.DiscretionResult;
import org.latitude.report.AgreementContent;
import org.latitude.report.DiscretionContent;
import org.latitude.report.Measure;
import org.latitude.report.Provenance;
import org.latitude.report.ReportDocument;

/**
 * Runs the pure engines on a campaign's inputs, field by field, and assembles the one {@code report.json} document:
 * provenance, coders (humans and models told apart), every figure of every field (pairwise figures labelled
 * human–human, human–model or model–model), the discretion figures of pairwise campaigns, and a {@code campaign}
 * section with the design, coverage, the per-annotator and per-model tables and the warnings. Deterministic: the
 * same inputs and options give the same document, byte for byte (no clock inside).
 */
public final class ReportAssembly {

    /** Below this many items with two or more ratings a figure is flagged as resting on few items. */
    static final int FEW_ITEMS = 30;
    /** A category named in fewer than this share of the human ratings is flagged as rare. */
    static final double RARE = 0.02;
    static final String POOLED = "humans (pooled)";

    private ReportAssembly() {
    }

    public static ReportDocument assemble(CampaignInputs in, AnalysisOptions options, DiscretionOptions discretion,
                                          String version, AnalysisSteps steps, BooleanSupplier cancelled) {
        List<FieldAgreement> results = new ArrayList<>();
        int total = in.fields().size() + (in.discretion() == null ? 0 : 1);
        int done = 0;
        for (CampaignInputs.Field f : in.fields()) {
            if (cancelled.getAsBoolean()) {
                throw new AnalysisCancelledException();
            }
            steps.step(AnalysisProgress.Phase.ENGINES, f.name(), done, total);
            Set<String> models = modelsIn(f.table(), in.models());
            results.add(AgreementEngine.analyze(f.name(), f.table(), models, options));
            done++;
        }
        DiscretionResult dr = null;
        if (in.discretion() != null) {
            if (cancelled.getAsBoolean()) {
                throw new AnalysisCancelledException();
            }
            steps.step(AnalysisProgress.Phase.ENGINES, "discretion", done, total);
            dr = DiscretionAnalysis.run(in.discretion(), discretion.withPooledHumans(POOLED));
        }
        steps.step(AnalysisProgress.Phase.WRITING, "report", total, total);
        return document(in, results, dr, options, discretion, version);
    }

    private static Set<String> modelsIn(RatingTable table, Set<String> models) {
        Set<String> out = new LinkedHashSet<>();
        for (String m : models) {
            if (table.coderCode(m) >= 0) {
                out.add(m);
            }
        }
        return out;
    }

    static ReportDocument document(CampaignInputs in, List<FieldAgreement> results, DiscretionResult dr,
                                   AnalysisOptions options, DiscretionOptions discretion, String version) {
        ReportDocument report = new ReportDocument(provenance(in, options, discretion, version));
        for (CampaignInputs.Human h : in.humans()) {
            report.coder(h.name(), ReportDocument.Kind.HUMAN, Map.of("ratings", h.items()));
        }
        for (CampaignInputs.Model m : in.modelRaters()) {
            report.coder(m.name(), ReportDocument.Kind.MODEL, Map.of("ratings", m.judgments(), "judgments",
                    m.kind()));
        }
        List<Measure> measures = new ArrayList<>();
        List<ContentMerge.FieldContent> contents = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            FieldAgreement r = results.get(i);
            List<Measure> field = r.allFigures().stream().map(f -> labelled(f, in.models())).toList();
            measures.addAll(field);
            RatingTable table = in.fields().get(i).table();
            contents.add(new ContentMerge.FieldContent(r.field(), AgreementContent.of(r, table,
                    modelsIn(table, in.models()), field, null)));
        }
        if (dr != null) {
            List<Measure> d = DiscretionMeasures.all(dr);
            measures.addAll(d);
            contents.add(new ContentMerge.FieldContent("discretion", DiscretionContent.of(dr, d)));
        }
        report.measures(measures);
        Map<String, Object> campaign = CampaignSection.of(in, results, dr, measures);
        report.section("campaign", campaign);
        report.content(ContentMerge.merge(List.of(), contents));
        List<Object> fields = new ArrayList<>();
        for (FieldAgreement r : results) {
            fields.add(field(r, in.models()));
        }
        report.section("agreement_fields", Map.of("fields", fields));
        if (dr != null) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("reference", dr.reference());
            section.put("items", dr.cases().itemCount());
            section.put("principles", dr.principles().stream().map(p -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", p.id());
                o.put("label", p.label());
                o.put("text", p.text());
                return (Object) o;
            }).toList());
            report.section("discretion", section);
        }
        return report;
    }

    /** The report row of an engine figure, with pairwise figures labelled by who the two raters are. */
    static Measure labelled(Figure f, Set<String> models) {
        Measure m = new Measure(f.field(), f.measure(), f.value(), f.ciLow(), f.ciHigh(), f.nUnits(), f.note(),
                f.qualifiers());
        if (f.qualifiers().get("coders") instanceof List<?> pair && pair.size() == 2) {
            int machines = (models.contains(pair.get(0)) ? 1 : 0) + (models.contains(pair.get(1)) ? 1 : 0);
            m = m.with("pair_kind", switch (machines) {
                case 0 -> "human-human";
                case 1 -> "human-model";
                default -> "model-model";
            });
        }
        return m;
    }

    private static Map<String, Object> field(FieldAgreement r, Set<String> models) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", r.field());
        out.put("level", r.domain().level().name().toLowerCase(Locale.ROOT));
        out.put("values", r.domain().labels());
        PairwiseAgreement p = r.pairwise();
        if (p != null) {
            Map<String, Object> pk = new LinkedHashMap<>();
            pk.put("coders", p.coders());
            pk.put("kinds", p.coders().stream().map(c -> models.contains(c) ? "model" : "human").toList());
            pk.put("kappa", List.of(p.kappaMatrix()));
            pk.put("shared_units", List.of(p.sharedUnitsMatrix()));
            out.put("pairwise_kappa", pk);
        }
        return out;
    }

    private static Provenance provenance(CampaignInputs in, AnalysisOptions options, DiscretionOptions discretion,
                                         String version) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("bootstrap", options.bootstrapReplicates());
        o.put("ci_method", options.ciMethod().name().toLowerCase(Locale.ROOT));
        o.put("confidence", options.confidenceLevel());
        o.put("tie_rule", options.tieRule().name().toLowerCase(Locale.ROOT));
        o.put("dawid_skene", options.dawidSkene());
        o.put("pairwise", options.pairwise());
        if (in.discretion() != null) {
            o.put("discretion_da_replicates", discretion.daReplicates());
            o.put("discretion_dd_replicates", discretion.ddReplicates());
            o.put("discretion_seed", discretion.seed());
            o.put("principle_judge", in.principleJudge());
        }
        String where = "campaign " + in.campaign().id().value();
        List<Provenance.Input> inputs = new ArrayList<>();
        long ratings = in.humans().stream().mapToLong(CampaignInputs.Human::items).sum();
        inputs.add(new Provenance.Input("annotations", "campaign", where, "database", in.humanSha256(), ratings, 0));
        for (CampaignInputs.Model m : in.modelRaters()) {
            inputs.add(new Provenance.Input(m.name(), "model", where, "database", m.sha256(), m.judgments(), 0));
        }
        return new Provenance("web", version, "inter-annotator agreement and alignment discretion of a campaign; "
                + "definitions and sources in docs/methods.md", options.seed(), o, inputs);
    }
}
