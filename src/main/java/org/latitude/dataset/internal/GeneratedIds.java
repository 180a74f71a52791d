package org.latitude.dataset.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.latitude.dataset.IdRule;
import org.latitude.dataset.Turn;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives rows the ids of a generated {@link IdRule}. Before a row is mapped, its own {@code id} (if any) moves to
 * {@code source_id}, so the mapper keeps it as metadata, and a provisional id stands in; after mapping, the item gets
 * its final id. {@code fileHash} is the SHA-256 of the file's bytes, known only after the checking pass: that pass
 * needs no final ids, because file + line ids cannot collide.
 */
final class GeneratedIds {

    static final String SOURCE_ID = "source_id";
    private static final int FILE_HASH_DIGITS = 12;
    private static final int CONTENT_HASH_DIGITS = 16;

    private final IdRule rule;
    private final String filePrefix;

    GeneratedIds(IdRule rule, String fileHash) {
        if (rule == IdRule.FROM_FILE) {
            throw new IllegalArgumentException("ids from the file are not generated");
        }
        this.rule = rule;
        this.filePrefix = fileHash == null ? null : fileHash.substring(0, FILE_HASH_DIGITS);
    }

    IdRule rule() {
        return rule;
    }

    /** Moves the row's own id aside and puts a provisional one; a problem when {@code source_id} is taken. */
    String prepare(long line, ObjectNode row) {
        if (row.has("id")) {
            if (row.has(SOURCE_ID)) {
                return "the row has both 'id' and '" + SOURCE_ID + "', so its own id cannot be kept beside the "
                        + "generated one; rename one of the fields";
            }
            row.set(SOURCE_ID, row.remove("id"));
        }
        row.put("id", "L" + line);
        return null;
    }

    /** The item with its final id. */
    ParsedItem finish(ParsedItem item) {
        String id = switch (rule) {
            case SOURCE_LINE -> (filePrefix == null ? "pending" : filePrefix) + "-L" + item.line();
            case CONTENT_HASH -> "c-" + contentHash(item);
            case FROM_FILE -> throw new IllegalStateException();
        };
        return new ParsedItem(item.line(), id, item.kind(), item.turns(), item.responseA(), item.responseB(),
                item.metadata(), item.labels());
    }

    /**
     * The SHA-256 of the item's text: its kind, then each turn's role and content, then the responses of a pair, each
     * followed by U+0000 (which content cannot hold, so the encoding is unambiguous). Metadata and labels are not
     * content: two rows with the same text are the same item.
     */
    static String contentHash(ParsedItem item) {
        StringBuilder text = new StringBuilder(item.kind().name()).append('\u0000');
        List<Turn> turns = item.turns();
        for (Turn turn : turns) {
            text.append(turn.role().name()).append('\u0000').append(turn.content()).append('\u0000');
        }
        if (item.responseA() != null) {
            text.append("A\u0000").append(item.responseA()).append("\u0000B\u0000").append(item.responseB())
                    .append('\u0000');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, CONTENT_HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
