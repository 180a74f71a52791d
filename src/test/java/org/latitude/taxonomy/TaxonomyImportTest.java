package org.latitude.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.latitude.audit.AuditLog;
import org.latitude.audit.AuditRecord;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Taxonomy files: good ones are stored whole, every kind of bad one is refused with its reason and stores nothing;
 * principle-set files go through the same versioning rule and audit.
 */
@LatitudeSpringTest
class TaxonomyImportTest {

    @Autowired
    TaxonomyService taxonomies;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PrincipleSetService principles;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void signInAsAdmin() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static String taxonomy(String key, String version, String categories) {
        return """
                {"format": "latitude-taxonomy", "formatVersion": 1, "key": "%s", "name": "Test %s",
                 "version": "%s", "source": "unit test", "licence": "CC0",
                 "labels": [{"key": "safe", "name": "Safe", "definition": "Nothing harmful.", "aliases": []}],
                 "categories": [%s]}""".formatted(key, key, version, categories);
    }

    static String category(String key, String name, String parent, String... aliases) {
        return """
                {"key": "%s", "name": "%s", "definition": "Definition of %s.", "tier": "%s", "parent": %s,
                 "group": null, "aliases": [%s]}""".formatted(key, name, name, parent == null ? "core" : "fine-grained",
                parent == null ? "null" : "\"" + parent + "\"",
                String.join(", ", Stream.of(aliases).map(a -> "\"" + a + "\"").toList()));
    }

    @Test
    void aValidFileIsStoredWithItsLabelsCategoriesParentsAndAliasesInOrder() {
        String key = TestUsers.uniqueName("good");
        ImportOutcome outcome = taxonomies.importFile(bytes(taxonomy(key, "1",
                category("violence", "Violence", null, "S1") + "," + category("threat", "Threat", "violence", "S11"))),
                "good.json");
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.CREATED);
        TaxonomyDetails details = taxonomies.details(outcome.id());
        assertThat(details.categories()).extracting(HazardCategory::key).containsExactly("violence", "threat");
        assertThat(details.categories().get(1).parentKey()).isEqualTo("violence");
        assertThat(details.categories().get(1).tier()).isEqualTo(CategoryTier.FINE_GRAINED);
        assertThat(details.labels()).extracting(VerdictLabel::key).containsExactly("safe");
        assertThat(details.resolve("s11")).map(HazardCategory::key).hasValue("threat");
        assertThat(details.resolve("VIOLENCE")).map(HazardCategory::key).hasValue("violence");
    }

    static Stream<Arguments> badFiles() {
        String ok = category("violence", "Violence", null);
        return Stream.of(
                Arguments.of("not JSON at all", "this is not json", "Not valid JSON"),
                Arguments.of("truncated JSON", taxonomy("k", "1", ok).substring(0, 60), "Not valid JSON"),
                Arguments.of("a JSON array", "[1, 2]", "one JSON object"),
                Arguments.of("wrong format marker", taxonomy("k", "1", ok).replace("latitude-taxonomy", "other"),
                        "'format' must be"),
                Arguments.of("duplicate category keys", taxonomy("k", "1", ok + "," + category("violence", "Other", null)),
                        "duplicate key 'violence'"),
                Arguments.of("unknown parent", taxonomy("k", "1", ok + "," + category("threat", "Threat", "nope")),
                        "'parent' 'nope' is not the key"),
                Arguments.of("empty category name", taxonomy("k", "1", ok + "," + category("x", "  ", null)),
                        "'name' is empty"),
                Arguments.of("missing definition", taxonomy("k", "1", ok.replace("\"definition\": \"Definition of Violence.\",", "")),
                        "'definition' is missing"),
                Arguments.of("duplicate alias", taxonomy("k", "1", category("a", "A", null, "S1") + ","
                        + category("b", "B", null, "s1")), "duplicate alias 's1'"),
                Arguments.of("alias equal to another name", taxonomy("k", "1", category("a", "A", null) + ","
                        + category("b", "B", null, "A")), "duplicate alias 'A'"),
                Arguments.of("bad key syntax", taxonomy("k", "1", category("Bad Key", "Bad", null)), "must be snake_case"),
                Arguments.of("bad tier", taxonomy("k", "1", ok.replace("\"core\"", "\"major\"")), "'tier' must be"),
                Arguments.of("no categories", taxonomy("k", "1", ""), "'categories' must be a non-empty array"),
                Arguments.of("misspelt field", taxonomy("k", "1", ok.replace("\"definition\"", "\"defintion\"")),
                        "unknown field 'defintion'"),
                Arguments.of("field given twice", taxonomy("k", "1", ok).replace("\"licence\": \"CC0\"",
                        "\"licence\": \"CC0\", \"licence\": \"MIT\""), "Duplicate"),
                Arguments.of("name of wrong type", taxonomy("k", "1", ok.replace("\"name\": \"Violence\"", "\"name\": 7")),
                        "'name' must be a string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsReasonAndNothingIsStored(String kind, String content, String expected) {
        int before = taxonomies.versions().size();
        assertThatThrownBy(() -> taxonomies.importFile(bytes(content), kind + ".json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(expected);
        assertThat(taxonomies.versions()).hasSize(before);
    }

    @Test
    void invalidUtf8IsRefusedRatherThanSilentlyRepaired() {
        byte[] content = bytes(taxonomy("utf", "1", category("violence", "Violence", null)));
        content[content.length - 20] = (byte) 0xC3; // a lone lead byte
        assertThatThrownBy(() -> taxonomies.importFile(content, "latin1.json"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void reimportingIsIdempotentAndAVersionInUseIsImmutable() {
        String key = TestUsers.uniqueName("versioned");
        byte[] first = bytes(taxonomy(key, "1", category("violence", "Violence", null)));
        long id = taxonomies.importFile(first, "v1.json").id();
        assertThat(taxonomies.importFile(first, "v1.json").status()).isEqualTo(ImportOutcome.Status.UNCHANGED);

        byte[] changed = bytes(taxonomy(key, "1", category("violence", "Violence (edited)", null)));
        assertThat(taxonomies.importFile(changed, "v1b.json").status()).isEqualTo(ImportOutcome.Status.REPLACED);

        taxonomies.markInUse(id);
        byte[] again = bytes(taxonomy(key, "1", category("violence", "Violence (edited twice)", null)));
        assertThatThrownBy(() -> taxonomies.importFile(again, "v1c.json")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("used by a campaign");
        assertThatThrownBy(() -> taxonomies.deleteVersion(id)).isInstanceOf(ValidationException.class);
        assertThat(taxonomies.details(id).categories().getFirst().name()).isEqualTo("Violence (edited)");
        assertThat(taxonomies.importFile(bytes(taxonomy(key, "2", category("violence", "Violence v2", null))),
                "v2.json").status()).isEqualTo(ImportOutcome.Status.CREATED);
    }

    @Test
    void annotatorsCanReadCategoriesButCannotImport() {
        long anyVersion = taxonomies.importFile(bytes(taxonomy(TestUsers.uniqueName("read"), "1",
                category("violence", "Violence", null))), "r.json").id();
        var annotator = TestUsers.create(accounts, "reader", Role.ANNOTATOR);
        TestUsers.signIn(users, annotator.username());
        assertThat(taxonomies.details(anyVersion).categories()).hasSize(1);
        assertThatThrownBy(() -> taxonomies.importFile(bytes(taxonomy("x", "1", category("a", "A", null))), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taxonomies.installPreset("aegis-2.0.json")).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] principleSet(String key, String version, String firstPrinciple) {
        return """
                {"format": "latitude-principles", "formatVersion": 1, "key": "%s", "name": "Test %s",
                 "version": "%s", "principles": [{"id": 0, "text": "%s", "label": "first"},
                 {"id": 1, "text": "Be honest.", "label": "honest"}]}"""
                .formatted(key, key, version, firstPrinciple).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reimportingIsIdempotentAReplacementKeepsTheIdAndASetInUseIsImmutable() {
        String key = TestUsers.uniqueName("principles");
        long id = principles.importFile(principleSet(key, "1", "Be kind."), "v1.json").id();
        assertThat(principles.importFile(principleSet(key, "1", "Be kind."), "v1.json").status())
                .isEqualTo(ImportOutcome.Status.UNCHANGED);

        ImportOutcome replaced = principles.importFile(principleSet(key, "1", "Be very kind."), "v1b.json");
        assertThat(replaced.status()).isEqualTo(ImportOutcome.Status.REPLACED);
        assertThat(replaced.id()).isEqualTo(id);
        assertThat(principles.details(id).principles()).extracting(Principle::text)
                .containsExactly("Be very kind.", "Be honest.");
        assertThat(audit.search(key, 0, 10)).extracting(AuditRecord::detail)
                .containsExactly("REPLACED from v1b.json, 2 principles", "CREATED from v1.json, 2 principles");

        principles.markInUse(id);
        assertThatThrownBy(() -> principles.importFile(principleSet(key, "1", "Be kinder."), "v1c.json"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("used by a campaign");
        assertThat(principles.details(id).principles().getFirst().text()).isEqualTo("Be very kind.");
        assertThat(principles.importFile(principleSet(key, "2", "Be kinder."), "v2.json").status())
                .isEqualTo(ImportOutcome.Status.CREATED);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
