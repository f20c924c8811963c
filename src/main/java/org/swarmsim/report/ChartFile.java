package org.swarmsim.report;

import java.nio.file.Path;

/**
 * One chart saved in two formats.
 *
 * @param name  stable base name, e.g. {@code population} or {@code sweep-download_time_mean_s}
 * @param title the chart's title, used as caption in the HTML report
 * @param png   the PNG file ({@link Charts#WIDTH} x {@link Charts#HEIGHT} pixels)
 * @param svg   the SVG file
 */
public record ChartFile(String name, String title, Path png, Path svg) {
}
