package org.latitude.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B §5.1.1.2 blocklist rules: what guessers try first is refused, passphrases pass. */
class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final PasswordPolicy.Context ANN = new PasswordPolicy.Context("ann.smith", "Ann Smith");

    @ParameterizedTest
    @ValueSource(strings = {"password12", "Password2024!", "p@ssw0rd123", "iloveyou99", "letmein!!!!", "monkey123456"})
    void commonPasswordsAlsoWithDigitsSymbolsOrLookAlikeDigitsAreRefused(String password) {
        assertThat(POLICY.problems(ANN, password)).singleElement().asString().contains("commonly used");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "aaaaaaaaaa", "0987654321", "abcdefghijk", "qwertyuiop", "1111122222",
        "abcabcabcabc", "asdfghjkl123"})
    void sequencesAndRepetitionsAreRefused(String password) {
        // the most common of them are on the bundled list as well, which refuses them first
        assertThat(POLICY.problems(ANN, password)).singleElement().asString()
                .containsAnyOf("sequence", "commonly used");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann.smith2026", "AnnSmith!123", "smith-ann-42", "latitude2026", "Latitude-ann!"})
    void passwordsMadeOfTheUsersOrTheServicesNameAreRefused(String password) {
        assertThat(POLICY.problems(ANN, password)).singleElement().asString().contains("your name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "test-password-123", "tea with oat milk", "a-long-password",
        "Z9#kq!w2Lr", "demo-pass-alice"})
    void passphrasesAndRandomPasswordsPass(String password) {
        assertThat(POLICY.problems(ANN, password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "", "password1"})
    void tooShortIsRefusedFirst(String password) {
        assertThat(POLICY.problems(ANN, password)).singleElement().asString().contains("at least 10");
    }
}
