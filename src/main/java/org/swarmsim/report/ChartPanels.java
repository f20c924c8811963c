package org.swarmsim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * Several charts drawn as one picture: a title and a subtitle across the top, then the panels in
 * a grid of {@link #COLUMNS} columns, each with its own axes (for quantities in different units).
 * Saved like a single chart with {@link Charts#save(Drawable, int, int, String, java.nio.file.Path, String)}.
 */
final class ChartPanels implements Drawable {
    static final int COLUMNS = 2;
    private static final int HEADER = 56;
    private static final int ROW = 420;

    private final String title;
    private final String subtitle;
    private final List<JFreeChart> panels;

    ChartPanels(String title, String subtitle, List<JFreeChart> panels) {
        this.title = title;
        this.subtitle = subtitle;
        this.panels = List.copyOf(panels);
    }

    /** Width in pixels: the width of a single chart. */
    int width() {
        return Charts.WIDTH;
    }

    /** Height in pixels: a single chart's height for one row of panels, {@value #ROW} more per further row. */
    int height() {
        int rows = panels.size() <= 1 ? 1 : (panels.size() + COLUMNS - 1) / COLUMNS;
        return Math.max(Charts.HEIGHT, HEADER + rows * ROW);
    }

    /** One line of text centred across {@code area} with its baseline at {@code baseline}. */
    private static void centred(Graphics2D g, String text, Font font, Rectangle2D area, double baseline) {
        g.setFont(font);
        g.setPaint(Color.BLACK);
        double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
        g.drawString(text, (float) (area.getCenterX() - width / 2), (float) baseline);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setPaint(Color.WHITE);
        g.fill(area);
        centred(g, title, JFreeChart.DEFAULT_TITLE_FONT, area, area.getY() + 26);
        centred(g, subtitle, new Font("SansSerif", Font.PLAIN, 12), area, area.getY() + 46);
        int columns = panels.size() <= 1 ? 1 : COLUMNS;
        int rows = (panels.size() + columns - 1) / columns;
        double cellWidth = area.getWidth() / columns;
        double cellHeight = (area.getHeight() - HEADER) / Math.max(1, rows);
        for (int i = 0; i < panels.size(); i++) {
            double x = area.getX() + (i % columns) * cellWidth;
            double y = area.getY() + HEADER + (i / columns) * cellHeight;
            panels.get(i).draw(g, new Rectangle2D.Double(x, y, cellWidth, cellHeight));
        }
    }
}
