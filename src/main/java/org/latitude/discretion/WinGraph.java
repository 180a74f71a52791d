package org.latitude.discretion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The directed win graph of a {@link SupremacyMatrix} restricted to a set of principles: an edge c → c' when c won
 * at least one conflict against c'. The Bradley–Terry maximum-likelihood estimate exists (finite, unique up to a
 * constant) exactly when this graph is strongly connected (Ford 1957, "Solution of a ranking problem from binary
 * comparisons"; Hunter 2004, "MM algorithms for generalized Bradley–Terry models", Assumption 1).
 */
final class WinGraph {

    private WinGraph() {
    }

    /** The strongly connected components of the graph on {@code nodes}, each ascending, ordered by first member. */
    static List<List<Integer>> components(SupremacyMatrix s, int[] nodes) {
        boolean[][] reach = new boolean[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            reach[i] = reachable(s, nodes, i);
        }
        boolean[] placed = new boolean[nodes.length];
        List<List<Integer>> components = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            if (placed[i]) {
                continue;
            }
            List<Integer> component = new ArrayList<>();
            for (int j = i; j < nodes.length; j++) {
                if (!placed[j] && reach[i][j] && reach[j][i]) {
                    placed[j] = true;
                    component.add(nodes[j]);
                }
            }
            components.add(List.copyOf(component));
        }
        return List.copyOf(components);
    }

    private static boolean[] reachable(SupremacyMatrix s, int[] nodes, int start) {
        boolean[] seen = new boolean[nodes.length];
        Deque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int from = queue.poll();
            for (int to = 0; to < nodes.length; to++) {
                if (!seen[to] && s.wins(nodes[from], nodes[to]) > 0) {
                    seen[to] = true;
                    queue.add(to);
                }
            }
        }
        return seen;
    }
}
