package org.latitude.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.audit.AuditLog;
import org.latitude.audit.AuditRecord;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Principle sets follow the same versioning rule as taxonomies: same import flow, same outcomes, same audit. */
@LatitudeSpringTest
class PrincipleSetImportTest {

    @Autowired
    PrincipleSetService principles;
    @Autowired
    AuditLog audit;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signInAsAdmin() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static byte[] set(String key, String version, String firstPrinciple) {
        return """
                {"format": "latitude-principles", "formatVersion": 1, "key": "%s", "name": "Test %s",
                 "version": "%s", "principles": [{"id": 0, "text": "%s", "label": "first"},
                 {"id": 1, "text": "Be honest.", "label": "honest"}]}"""
                .formatted(key, key, version, firstPrinciple).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reimportingIsIdempotentAReplacementKeepsTheIdAndASetInUseIsImmutable() {
        String key = TestUsers.uniqueName("principles");
        long id = principles.importFile(set(key, "1", "Be kind."), "v1.json").id();
        assertThat(principles.importFile(set(key, "1", "Be kind."), "v1.json").status())
                .isEqualTo(ImportOutcome.Status.UNCHANGED);

        ImportOutcome replaced = principles.importFile(set(key, "1", "Be very kind."), "v1b.json");
        assertThat(replaced.status()).isEqualTo(ImportOutcome.Status.REPLACED);
        assertThat(replaced.id()).isEqualTo(id);
        assertThat(principles.details(id).principles()).extracting(Principle::text)
                .containsExactly("Be very kind.", "Be honest.");
        assertThat(audit.search(key, 0, 10)).extracting(AuditRecord::detail)
                .containsExactly("REPLACED from v1b.json, 2 principles", "CREATED from v1.json, 2 principles");

        principles.markInUse(id);
        assertThatThrownBy(() -> principles.importFile(set(key, "1", "Be kinder."), "v1c.json"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("used by a campaign");
        assertThat(principles.details(id).principles().getFirst().text()).isEqualTo("Be very kind.");
        assertThat(principles.importFile(set(key, "2", "Be kinder."), "v2.json").status())
                .isEqualTo(ImportOutcome.Status.CREATED);
    }
}
