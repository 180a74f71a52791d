package org.latitude.dataset;

import java.util.Objects;

/** One turn of a conversation. {@code content} is stored and returned exactly as imported; render it as text only. */
public record Turn(TurnRole role, String content) {

    public Turn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
