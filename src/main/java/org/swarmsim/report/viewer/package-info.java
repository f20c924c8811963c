/**
 * {@code viewer.html}, the teaching viewer of a traced run: {@link org.swarmsim.report.viewer.ViewerPage}
 * writes one self-contained page (inline script and style, the trace inline as JSON) from what the
 * run directory holds ({@link org.swarmsim.report.viewer.ViewerData}, {@link org.swarmsim.report.viewer.TraceExcerpt});
 * the page's script and style are resources beside these classes
 * ({@code src/main/resources/org/swarmsim/report/viewer/}).
 */
package org.swarmsim.report.viewer;
