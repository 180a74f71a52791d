package org.latitude.analysis.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.latitude.agreement.ValueDomain;
import org.latitude.annotation.AnnotationStatistics;
import org.latitude.annotation.Preference;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.GoldItem;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.ModelJudgments;
import org.latitude.judge.ModelRater;
import org.latitude.judge.RaterCoverage;
import org.latitude.judge.SafetyJudgment;
import org.latitude.judge.SafetyVerdict;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.PrincipleSetDetails;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a campaign for analysis in one read-only transaction: human annotations streamed as primitives into int
 * columns per field, model judgments as extra coders, the sums the database adds up (items and time per annotator,
 * ratings per item), gold answers, and for pairwise campaigns the principle-specific judgments of the discretion
 * analysis. Computes the item-set and input hashes on the way.
 */
@Component
public class CampaignReader {

    static final String PROMPT = "prompt_verdict";
    static final String RESPONSE_OWN = "response_verdict[caution=own]";
    static final String RESPONSE_SAFE = "response_verdict[caution=safe]";
    static final String RESPONSE_UNSAFE = "response_verdict[caution=unsafe]";
    static final String CATEGORIES = "categories";
    static final String PREFERENCE = "preference";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CampaignService campaigns;
    private final AnnotationStatistics annotations;
    private final ModelJudgments judgments;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principleSets;
    private final UserAccountService users;

    CampaignReader(CampaignService campaigns, AnnotationStatistics annotations, ModelJudgments judgments,
                   TaxonomyService taxonomies, PrincipleSetService principleSets, UserAccountService users) {
        this.campaigns = campaigns;
        this.annotations = annotations;
        this.judgments = judgments;
        this.taxonomies = taxonomies;
        this.principleSets = principleSets;
        this.users = users;
    }

    /** Reads the campaign; {@code cancelled} is polled between the parts. */
    @Transactional(readOnly = true)
    public CampaignInputs read(CampaignId id, BooleanSupplier cancelled) {
        CampaignDetails campaign = campaigns.details(id);
        Map<Long, String> names = new HashMap<>();
        for (UserSummary u : users.listUsers()) {
            names.put(u.id(), u.username());
        }
        Reading r = new Reading(campaign, names);
        String document;
        switch (campaign.settings().task()) {
            case SafetyLabelTask t -> {
                TaxonomyDetails taxonomy = taxonomies.details(t.taxonomyVersionId());
                document = taxonomy.summary().displayName() + " (taxonomy version " + t.taxonomyVersionId() + ")";
                new SafetyReading(r, taxonomy.categories().stream().map(HazardCategory::key).toList())
                        .read(id, cancelled);
            }
            case PairwisePreferenceTask t -> {
                PrincipleSetDetails set = principleSets.details(t.principleSetId());
                document = set.summary().displayName() + " (principle set " + t.principleSetId() + ")";
                new PairwiseReading(r, set).read(id, cancelled);
            }
        }
        return r.finish(document, annotations.annotators(id), annotations.ratingsPerItem(id),
                annotations.lastChange(id).orElse(null));
    }

    /** State shared by both tasks while reading: units, coders, times, gold, hashes. */
    static final class Reading {
        final CampaignDetails campaign;
        final Map<Long, String> userNames;
        final Map<Long, Integer> unitOf = new HashMap<>();
        final List<String> unitIds = new ArrayList<>();
        final List<Long> humanItems = new ArrayList<>();
        final Map<Long, Integer> humanOf = new HashMap<>();
        final List<String> coderIds = new ArrayList<>();
        final List<Long> humanUserIds = new ArrayList<>();
        final List<long[]> times = new ArrayList<>();
        final List<int[]> timeCounts = new ArrayList<>();
        final Map<Long, JsonNode> gold = new HashMap<>();
        final Set<String> models = new LinkedHashSet<>();
        final List<CampaignInputs.Model> modelRaters = new ArrayList<>();
        final List<CampaignInputs.Field> fields = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final MessageDigest humanDigest = sha256();
        final Map<Integer, MessageDigest> modelDigests = new HashMap<>();
        final ByteBuffer row = ByteBuffer.allocate(32);
        org.latitude.discretion.DiscretionInput discretion;
        String principleJudge;
        private long lastItem = Long.MIN_VALUE;

        Reading(CampaignDetails campaign, Map<Long, String> userNames) {
            this.campaign = campaign;
            this.userNames = userNames;
        }

        int humanUnit(long itemId) {
            if (itemId != lastItem) {
                lastItem = itemId;
                humanItems.add(itemId);
            }
            return unit(itemId);
        }

        int unit(long itemId) {
            Integer u = unitOf.get(itemId);
            if (u == null) {
                u = unitIds.size();
                unitOf.put(itemId, u);
                unitIds.add(Long.toString(itemId));
            }
            return u;
        }

        int human(long userId) {
            Integer c = humanOf.get(userId);
            if (c == null) {
                c = coderIds.size();
                humanOf.put(userId, c);
                coderIds.add(userNames.getOrDefault(userId, "user " + userId));
                humanUserIds.add(userId);
                times.add(new long[64]);
                timeCounts.add(new int[1]);
            }
            return c;
        }

        void time(int coder, long ms) {
            int[] n = timeCounts.get(coder);
            long[] t = times.get(coder);
            if (n[0] == t.length) {
                t = Arrays.copyOf(t, t.length * 2);
                times.set(coder, t);
            }
            t[n[0]++] = ms;
        }

        /** A new model coder, named by its label (made distinct from every annotator's name). */
        int model(ModelRater rater, String kind) {
            String name = rater.label();
            while (coderIds.contains(name)) {
                name = name + " (model)";
            }
            models.add(name);
            coderIds.add(name);
            modelRaters.add(new CampaignInputs.Model(rater.id().value(), name, kind, 0, null));
            modelDigests.put(coderIds.size() - 1, sha256());
            return coderIds.size() - 1;
        }

        void counted(int coder, long judgmentsRead) {
            int modelIndex = modelRaters.size() - 1;
            CampaignInputs.Model m = modelRaters.get(modelIndex);
            modelRaters.set(modelIndex, new CampaignInputs.Model(m.raterId(), m.name(), m.kind(), judgmentsRead,
                    HexFormat.of().formatHex(modelDigests.get(coder).digest())));
        }

        void hash(long itemId, int coder, long a, long b) {
            row.clear();
            row.putLong(itemId).putLong(coder).putLong(a).putLong(b);
            modelDigests.getOrDefault(coder, humanDigest).update(row.array());
        }

        void goldAnswers(List<GoldItem> items) {
            for (GoldItem g : items) {
                try {
                    gold.put(g.itemId().value(), JSON.readTree(g.answer()));
                } catch (RuntimeException e) {
                    warnings.add("The gold answer of item " + g.itemId().value() + " is not valid JSON; it is not "
                            + "scored.");
                }
            }
        }

        CampaignInputs finish(String document, List<AnnotationStatistics.AnnotatorTally> tallies,
                              java.util.SortedMap<Integer, Long> perItem, java.time.Instant asOf) {
            Map<Long, AnnotationStatistics.AnnotatorTally> byUser = new HashMap<>();
            tallies.forEach(t -> byUser.put(t.annotatorId(), t));
            List<CampaignInputs.Human> humans = new ArrayList<>();
            for (int c = 0; c < humanUserIds.size(); c++) {
                long user = humanUserIds.get(c);
                AnnotationStatistics.AnnotatorTally t = byUser.get(user);
                int n = timeCounts.get(c)[0];
                long[] sorted = Arrays.copyOf(times.get(c), n);
                Arrays.sort(sorted);
                double median = n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2]
                        : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
                int[] g = goldFor(c);
                humans.add(new CampaignInputs.Human(user, coderIds.get(c), t == null ? n : t.annotations(),
                        t == null ? 0 : t.totalTimeMs(), median, g[0], g[1]));
            }
            MessageDigest items = sha256();
            ByteBuffer b = ByteBuffer.allocate(8);
            for (long item : humanItems) {
                b.clear();
                items.update(b.putLong(item).array());
            }
            String human = HexFormat.of().formatHex(humanDigest.digest());
            MessageDigest all = sha256();
            all.update(human.getBytes(StandardCharsets.US_ASCII));
            modelRaters.forEach(m -> all.update(m.sha256().getBytes(StandardCharsets.US_ASCII)));
            return new CampaignInputs(campaign, document, fields, models, humans, modelRaters, discretion,
                    principleJudge, HexFormat.of().formatHex(items.digest()), human,
                    HexFormat.of().formatHex(all.digest()), asOf, perItem, warnings);
        }

        private final Map<Integer, int[]> goldByCoder = new HashMap<>();

        void scoreGold(int coder, boolean correct) {
            int[] g = goldByCoder.computeIfAbsent(coder, k -> new int[2]);
            g[0]++;
            if (correct) {
                g[1]++;
            }
        }

        private int[] goldFor(int coder) {
            return goldByCoder.getOrDefault(coder, new int[2]);
        }

        static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Safety labels: the prompt verdict, the response verdict under each policy, the category set. */
    private final class SafetyReading {
        private static final ValueDomain BINARY = ValueDomain.nominal(List.of("safe", "unsafe"));
        private final Reading r;
        private final List<String> keys;
        private final Map<String, Integer> keyIndex = new HashMap<>();
        private final CodedField prompt = new CodedField(PROMPT, BINARY);
        private final CodedField own = new CodedField(RESPONSE_OWN,
                ValueDomain.ordinal(List.of("safe", "needs_caution", "unsafe")));
        private final CodedField asSafe = new CodedField(RESPONSE_SAFE, BINARY);
        private final CodedField asUnsafe = new CodedField(RESPONSE_UNSAFE, BINARY);
        private final CodedField categories;
        private final Map<String, Integer> setCodes = new HashMap<>();
        private final Map<Long, Integer> maskCodes = new HashMap<>();
        private long[] masks = new long[64];
        private int unknownCategories;

        SafetyReading(Reading r, List<String> keys) {
            this.r = r;
            this.keys = keys;
            for (int k = 0; k < keys.size(); k++) {
                keyIndex.put(keys.get(k), k);
            }
            categories = new CodedField(CATEGORIES, ValueDomain.set(keys));
        }

        void read(CampaignId id, BooleanSupplier cancelled) {
            r.goldAnswers(campaigns.goldItems(id));
            annotations.forEachSafety(id, (item, annotator, p, response, cats, ms) -> {
                int u = r.humanUnit(item);
                int c = r.human(annotator);
                int set = setCode(cats);
                add(u, c, p, response, set);
                r.time(c, ms);
                r.hash(item, c, (long) p.ordinal() << 8 | (response == null ? 255 : response.ordinal()), masks[set]);
                JsonNode g = r.gold.get(item);
                if (g != null) {
                    r.scoreGold(c, goldMatches(g, p, response, masks[set]));
                }
            });
            if (unknownCategories > 0) {
                r.warnings.add(unknownCategories + " category answers name a key outside the taxonomy version; "
                        + "those keys were left out.");
            }
            for (RaterCoverage cov : judgments.coverage(id)) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                if (cov.kind() == JudgmentKind.SAFETY) {
                    readModel(id, cov.rater());
                }
            }
            for (CodedField f : List.of(prompt, own, asSafe, asUnsafe)) {
                if (f.size() > 0) {
                    r.fields.add(new CampaignInputs.Field(f.name(), f.table(r.unitIds, r.coderIds, null)));
                }
            }
            if (categories.size() > 0) {
                r.fields.add(named());
            }
        }

        /**
         * The category set over the categories someone named: a category nobody named has no variation, so every
         * figure of it would be undefined; it is listed in a warning instead of analysed (which also keeps a
         * taxonomy of dozens of categories cheap on a large campaign).
         */
        private CampaignInputs.Field named() {
            long union = 0;
            for (int code = 0; code < maskCodes.size(); code++) {
                union |= masks[code];
            }
            List<String> named = new ArrayList<>();
            List<String> never = new ArrayList<>();
            int[] position = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                if ((union >>> k & 1) != 0) {
                    position[k] = named.size();
                    named.add(keys.get(k));
                } else {
                    never.add(keys.get(k));
                }
            }
            long[] compact = new long[maskCodes.size()];
            for (int code = 0; code < compact.length; code++) {
                for (int k = 0; k < keys.size(); k++) {
                    if ((masks[code] >>> k & 1) != 0) {
                        compact[code] |= 1L << position[k];
                    }
                }
            }
            if (!never.isEmpty()) {
                r.warnings.add("Never named by an annotator or a model, so not analysed (no variation): "
                        + String.join(", ", never) + ".");
            }
            CodedField field = categories.withDomain(ValueDomain.set(named));
            return new CampaignInputs.Field(CATEGORIES, field.table(r.unitIds, r.coderIds, compact));
        }

        private void add(int u, int c, Verdict p, Verdict response, int set) {
            prompt.add(u, c, p == Verdict.UNSAFE ? 1 : 0);
            if (response != null) {
                response(u, c, switch (response) {
                    case SAFE -> 0;
                    case NEEDS_CAUTION -> 1;
                    case UNSAFE -> 2;
                });
            }
            categories.add(u, c, set);
        }

        /** A response verdict (0 safe, 1 needs caution, 2 unsafe) under each needs-caution policy. */
        private void response(int u, int c, int verdict) {
            own.add(u, c, verdict);
            asSafe.add(u, c, verdict == 2 ? 1 : 0);
            asUnsafe.add(u, c, verdict == 0 ? 0 : 1);
        }

        private void readModel(CampaignId id, ModelRater rater) {
            int coder = r.model(rater, "safety");
            List<long[]> sets = new ArrayList<>();
            boolean[] namedAny = {false};
            long[] read = {0};
            int[] caution = {0};
            judgments.forEach(id, rater.id(), j -> {
                if (!(j instanceof SafetyJudgment s)) {
                    return;
                }
                read[0]++;
                long item = s.itemId().value();
                int u = r.unit(item);
                s.promptVerdict().ifPresent(v -> {
                    if (v == SafetyVerdict.NEEDS_CAUTION) {
                        caution[0]++;
                    } else {
                        prompt.add(u, coder, v == SafetyVerdict.UNSAFE ? 1 : 0);
                    }
                });
                s.responseVerdict().ifPresent(v -> response(u, coder, switch (v) {
                    case SAFE -> 0;
                    case NEEDS_CAUTION -> 1;
                    case UNSAFE -> 2;
                }));
                long mask = 0;
                for (String key : s.categories()) {
                    Integer k = keyIndex.get(key);
                    if (k != null) {
                        mask |= 1L << k;
                    }
                }
                namedAny[0] |= mask != 0;
                sets.add(new long[] {u, mask});
                r.hash(item, coder, s.promptVerdict().map(Enum::ordinal).orElse(255) << 8
                        | s.responseVerdict().map(Enum::ordinal).orElse(255), mask);
            });
            // a model that never names a category (a verdict-only guard) is no rater of the category set
            if (namedAny[0]) {
                for (long[] s : sets) {
                    categories.add((int) s[0], coder, maskCode(s[1]));
                }
            } else if (read[0] > 0) {
                r.warnings.add("Model " + r.coderIds.get(coder) + " names no category: it is compared on the "
                        + "verdicts only.");
            }
            if (caution[0] > 0) {
                r.warnings.add("Model " + r.coderIds.get(coder) + " answered 'needs caution' on " + caution[0]
                        + " prompts; prompt verdicts are safe or unsafe, so those answers were left out.");
            }
            r.counted(coder, read[0]);
        }

        private int setCode(String joined) {
            Integer code = setCodes.get(joined);
            if (code != null) {
                return code;
            }
            long mask = 0;
            if (!joined.isEmpty()) {
                for (String key : joined.split("\\|")) {
                    Integer k = keyIndex.get(key);
                    if (k == null) {
                        unknownCategories++;
                    } else {
                        mask |= 1L << k;
                    }
                }
            }
            code = maskCode(mask);
            setCodes.put(joined, code);
            return code;
        }

        private int maskCode(long mask) {
            return maskCodes.computeIfAbsent(mask, m -> {
                int code = maskCodes.size();
                if (code == masks.length) {
                    masks = Arrays.copyOf(masks, code * 2);
                }
                masks[code] = m;
                return code;
            });
        }

        private boolean goldMatches(JsonNode gold, Verdict prompt, Verdict response, long mask) {
            if (!gold.path("prompt").asString("").equals(prompt.name().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            JsonNode resp = gold.get("response");
            if (resp != null && !resp.isNull() && (response == null
                    || !resp.asString("").equals(response.name().toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
            JsonNode cats = gold.get("categories");
            if (cats != null && cats.isArray()) {
                long expected = 0;
                for (JsonNode k : cats) {
                    Integer i = keyIndex.get(k.asString(""));
                    if (i != null) {
                        expected |= 1L << i;
                    }
                }
                return expected == mask;
            }
            return true;
        }
    }

    /** Pairwise preferences, and the discretion input when a model gave principle-specific judgments. */
    private final class PairwiseReading {
        private final Reading r;
        private final PrincipleSetDetails set;
        private final CodedField preference = new CodedField(PREFERENCE,
                ValueDomain.nominal(List.of("A", "B", "tie")));

        PairwiseReading(Reading r, PrincipleSetDetails set) {
            this.r = r;
            this.set = set;
        }

        void read(CampaignId id, BooleanSupplier cancelled) {
            r.goldAnswers(campaigns.goldItems(id));
            List<long[]> human = new ArrayList<>();
            annotations.forEachPreference(id, (item, annotator, p, ms) -> {
                int u = r.humanUnit(item);
                int c = r.human(annotator);
                preference.add(u, c, p.ordinal());
                human.add(new long[] {u, c, p.ordinal()});
                r.time(c, ms);
                r.hash(item, c, p.ordinal(), 0);
                JsonNode g = r.gold.get(item);
                if (g != null) {
                    r.scoreGold(c, g.path("preference").asString("").equals(p.name()));
                }
            });
            int humans = r.coderIds.size();
            List<RaterCoverage> coverage = judgments.coverage(id);
            List<PairwiseModels.ModelPreferences> modelPreferences = new ArrayList<>();
            for (RaterCoverage cov : coverage) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                if (cov.kind() == JudgmentKind.PAIRWISE) {
                    int coder = r.model(cov.rater(), "pairwise");
                    PairwiseModels.ModelPreferences m = PairwiseModels.read(judgments, id, cov.rater());
                    modelPreferences.add(m);
                    m.outcomes().forEach((item, outcome) -> {
                        int u = r.unit(item);
                        int code = switch (outcome.sign()) {
                            case 1 -> Preference.A.ordinal();
                            case -1 -> Preference.B.ordinal();
                            default -> Preference.TIE.ordinal();
                        };
                        preference.add(u, coder, code);
                        r.hash(item, coder, code, outcome.ordinal());
                    });
                    r.counted(coder, m.judgments());
                }
            }
            if (preference.size() > 0) {
                r.fields.add(new CampaignInputs.Field(PREFERENCE, preference.table(r.unitIds, r.coderIds, null)));
            }
            RaterCoverage oracle = coverage.stream().filter(c -> c.kind() == JudgmentKind.PRINCIPLE).findFirst()
                    .orElse(null);
            if (oracle != null && !human.isEmpty()) {
                r.principleJudge = oracle.rater().label();
                r.discretion = PairwiseModels.discretionInput(judgments, id, oracle.rater(), set, r, human, humans,
                        modelPreferences);
                if (coverage.stream().filter(c -> c.kind() == JudgmentKind.PRINCIPLE).count() > 1) {
                    r.warnings.add("Several models gave principle-specific judgments; the discretion analysis uses "
                            + "those of " + r.principleJudge + " (the first rater).");
                }
            }
        }
    }
}
