package org.latitude.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Password rules, after NIST SP 800-63B §5.1.1.2: a minimum and a maximum length (bcrypt reads 72 bytes), no
 * composition rules, and a refusal of passwords that guessers try first — common passwords (the bundled list, also
 * with digits or symbols around them or letters swapped for look-alike digits), sequences and repetitions
 * ({@code 1234567890}, {@code qwertyuiop}, {@code aaaaaaaaaa}), and passwords made of the user's name or the service's
 * name with little else. The one rule object for forms (live feedback) and the account service (enforcement).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72;
    /** What must be left of a password once sequences, repetitions and names are taken out of it. */
    static final int MIN_REMAINDER = 6;
    static final String SERVICE_NAME = "latitude";
    private static final String LIST = "/security/common-passwords.txt";
    private static final String[] SEQUENCES = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
        "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"};

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The user a password is for: their names are the first thing a guesser tries. */
    public record Context(String username, String displayName) {
    }

    /** The one-line rule for a form's helper text. */
    public static String guidance() {
        return "At least " + MIN_LENGTH + " characters; not a common password, a sequence or your name. "
                + "A passphrase of a few words is easiest.";
    }

    /** What is wrong with {@code password} for this user; empty when it is acceptable. */
    public List<String> problems(Context context, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("The password must have at least " + MIN_LENGTH + " characters.");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            problems.add("The password must have at most " + MAX_LENGTH + " bytes.");
        } else if (password.isBlank()) {
            problems.add("The password must not be blank.");
        } else {
            String lower = password.toLowerCase(Locale.ROOT);
            if (isCommon(lower)) {
                problems.add("This is a commonly used password (or one with digits or symbols added); choose another.");
            } else if (remainder(lower, List.of()) < MIN_REMAINDER) {
                problems.add("The password is a sequence or a repetition; choose something less predictable.");
            } else if (remainder(lower, nameParts(context)) < MIN_REMAINDER) {
                problems.add("The password is made of your name or the service's name; choose something else.");
            }
        }
        return problems;
    }

    private boolean isCommon(String lower) {
        String core = stripEnds(lower);
        return common.contains(lower) || common.contains(core) || common.contains(unLeet(core));
    }

    /** Letters and digits left once names, runs of a sequence (3+) and repetitions (3+) are removed. */
    static int remainder(String lower, List<String> names) {
        String rest = lower;
        for (String name : names) {
            rest = rest.replace(name, " ");
        }
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < rest.length()) {
            int run = runLength(rest, i);
            if (run >= 3) {
                i += run;
                continue;
            }
            char c = rest.charAt(i++);
            if (Character.isLetterOrDigit(c)) {
                kept.append(c);
            }
        }
        return kept.length();
    }

    /** How many characters from {@code start} repeat one character or follow a known sequence, either way. */
    private static int runLength(String s, int start) {
        int same = 1;
        while (start + same < s.length() && s.charAt(start + same) == s.charAt(start)) {
            same++;
        }
        int longest = same;
        for (String sequence : SEQUENCES) {
            for (String seq : new String[] {sequence, new StringBuilder(sequence).reverse().toString()}) {
                int at = seq.indexOf(s.charAt(start));
                int n = 0;
                while (at >= 0 && at + n < seq.length() && start + n < s.length()
                        && seq.charAt(at + n) == s.charAt(start + n)) {
                    n++;
                }
                longest = Math.max(longest, n);
            }
        }
        return longest;
    }

    private static List<String> nameParts(Context context) {
        Set<String> parts = new HashSet<>();
        parts.add(SERVICE_NAME);
        if (context != null) {
            for (String name : new String[] {context.username(), context.displayName()}) {
                if (name == null) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT).trim();
                parts.add(lower);
                for (String token : lower.split("[^\\p{L}\\p{N}]+")) {
                    parts.add(token);
                }
            }
        }
        // longest first, so "ann.smith" goes before "ann"
        return parts.stream().filter(p -> p.length() >= 3)
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    private static String stripEnds(String lower) {
        int from = 0;
        int to = lower.length();
        while (from < to && !Character.isLetter(lower.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(lower.charAt(to - 1))) {
            to--;
        }
        return lower.substring(from, to);
    }

    private static String unLeet(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the bundled password list " + LIST + " is missing");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim());
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
