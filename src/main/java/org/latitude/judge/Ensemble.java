package org.latitude.judge;

import java.util.List;

/**
 * A judge made of several models voting: its members (e.g. "Mixtral-8x22B-v0.1"), how a tie resolves, and how many
 * valid votes an item needs before the ensemble gives a verdict.
 */
public record Ensemble(List<String> members, TiePolicy tiePolicy, int minValidVotes) {

    public Ensemble {
        members = List.copyOf(members);
    }
}
