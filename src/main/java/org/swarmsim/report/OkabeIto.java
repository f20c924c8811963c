package org.swarmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.DrawingSupplier;

/**
 * The Okabe–Ito colour-blind-safe palette (Okabe and Ito, "Color Universal Design", 2008), in
 * the order every chart uses for its series: blue, orange, bluish green, vermillion, sky blue,
 * reddish purple, black, yellow (last: it is faint on white).
 */
public final class OkabeIto {
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
    public static final Color BLACK = new Color(0x00, 0x00, 0x00);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    /** Neutral grey for reference lines (diagonals, secondary axes). */
    public static final Color GREY = new Color(0x88, 0x88, 0x88);

    private static final Color[] SERIES = {BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, BLACK, YELLOW};

    private OkabeIto() {
    }

    /** The colour of series {@code i} (the palette repeats after eight). */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** A JFreeChart drawing supplier that hands out the palette in order. */
    public static DrawingSupplier drawingSupplier() {
        Paint[] paints = SERIES.clone();
        return new DefaultDrawingSupplier(paints, paints, new Paint[] {GREY},
                new Stroke[] {new BasicStroke(2f)}, new Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE.clone());
    }
}
