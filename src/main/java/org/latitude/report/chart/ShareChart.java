package org.latitude.report.chart;

import java.util.List;

/**
 * Stacked shares that add up to 1 per group: the discretion case shares (agree, disagree, one-sided, tied) per
 * annotator or model. {@code shares[g][p]} is group {@code g}'s share of part {@code p}; a group without units has
 * {@code n = 0} and is drawn as "no units".
 */
public record ShareChart(String id, String title, List<String> groups, List<String> parts, double[][] shares,
                         long[] n) implements Chart {

    public ShareChart {
        Chart.checkId(id);
        Chart.checkTitle(title);
        groups = List.copyOf(groups);
        parts = List.copyOf(parts);
        if (shares.length != groups.size() || n.length != groups.size()) {
            throw new IllegalArgumentException(id + ": shares and n need one entry per group");
        }
        double[][] copy = new double[shares.length][];
        for (int g = 0; g < shares.length; g++) {
            if (shares[g].length != parts.size()) {
                throw new IllegalArgumentException(id + ": group " + g + " has " + shares[g].length + " parts");
            }
            copy[g] = shares[g].clone();
        }
        shares = copy;
        n = n.clone();
    }

    @Override
    public double[][] shares() {
        double[][] copy = new double[shares.length][];
        for (int g = 0; g < shares.length; g++) {
            copy[g] = shares[g].clone();
        }
        return copy;
    }

    @Override
    public long[] n() {
        return n.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareChart c && id.equals(c.id) && title.equals(c.title) && groups.equals(c.groups)
                && parts.equals(c.parts) && java.util.Arrays.deepEquals(shares, c.shares)
                && java.util.Arrays.equals(n, c.n);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, groups, parts, java.util.Arrays.deepHashCode(shares),
                java.util.Arrays.hashCode(n));
    }

    @Override
    public String toString() {
        return "ShareChart[" + id + ", " + groups + ", " + parts + ", " + java.util.Arrays.deepToString(shares) + "]";
    }

    double share(int group, int part) {
        return shares[group][part];
    }

    long units(int group) {
        return n[group];
    }
}
