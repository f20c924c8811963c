package org.swarmsim.report;

import java.nio.file.Path;

/**
 * One chart saved in three files.
 *
 * @param name  stable base name, e.g. {@code population} or {@code sweep-download_time_mean_s}
 * @param title the chart's title, used as caption in the HTML report
 * @param png   the PNG file ({@code width} x {@code height} pixels; {@link Charts#WIDTH} x {@link Charts#HEIGHT} for
 *              a single chart)
 * @param png2x the same chart at twice the resolution, for slides and high-density screens
 *              ({@code <name>@2x.png})
 * @param svg   the SVG file
 * @param width  the chart's width in CSS pixels (the PNG's pixels)
 * @param height the chart's height in CSS pixels
 */
public record ChartFile(String name, String title, Path png, Path png2x, Path svg, int width, int height) {
}
