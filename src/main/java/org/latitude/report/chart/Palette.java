package org.latitude.report.chart;

import java.awt.Color;

/** Colours of the charts: a blue–white–red diverging scale, a white–blue sequential one, grey for undefined. */
final class Palette {

    static final Color UNDEFINED = new Color(0xD0, 0xD0, 0xD0);
    private static final Color NEGATIVE = new Color(0xB2, 0x18, 0x2B);
    private static final Color MIDDLE = new Color(0xF7, 0xF7, 0xF7);
    private static final Color POSITIVE = new Color(0x21, 0x66, 0xAC);

    /** Series colours (colour-blind safe, Okabe–Ito). */
    static final Color[] SERIES = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00),
            new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42)};

    private Palette() {
    }

    static Color fill(HeatMap.Scale scale, double v) {
        if (Double.isNaN(v)) {
            return UNDEFINED;
        }
        double t = Math.clamp((v - scale.low) / (scale.high - scale.low), 0, 1);
        if (scale == HeatMap.Scale.PROPORTION) {
            return mix(MIDDLE, POSITIVE, t);
        }
        return t < 0.5 ? mix(NEGATIVE, MIDDLE, t * 2) : mix(MIDDLE, POSITIVE, (t - 0.5) * 2);
    }

    static Color series(int i) {
        return SERIES[i % SERIES.length];
    }

    /** Black or white, whichever reads better on the fill. */
    static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance < 128 ? Color.WHITE : Color.BLACK;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
