package org.treatytracker.page;

import java.util.List;

/**
 * Charts drawn on the server as inline SVG, so that they show without scripts. Each carries a text
 * alternative (role img, a title) and the figures as text beside the marks; the same figures are in
 * a table next to each chart.
 */
final class SvgCharts {

    private static final int WIDTH = 640;
    private static final int LABEL = 90;
    private static final int FIGURES = 230;

    private SvgCharts() {
    }

    /** A bar of supported and noted recommendations. */
    record Bar(String label, int supported, int noted) {
    }

    /** Horizontal stacked bars, one per row (a UPR cycle): supported then noted, to one scale. */
    static String supportedAndNoted(List<Bar> bars, String title, String supportedWord, String notedWord) {
        int rowHeight = 34;
        int height = bars.size() * rowHeight + 8;
        int max = Math.max(1, bars.stream().mapToInt(b -> b.supported() + b.noted()).max().orElse(1));
        double scale = (WIDTH - LABEL - FIGURES) / (double) max;
        StringBuilder svg = open(height, title);
        int y = 4;
        for (Bar bar : bars) {
            int supported = (int) Math.round(bar.supported() * scale);
            int noted = (int) Math.round(bar.noted() * scale);
            svg.append(text(0, y + 21, bar.label(), "start"));
            svg.append(rect(LABEL, y + 4, supported, 24, "#1f6f43"));
            svg.append(rect(LABEL + supported, y + 4, noted, 24, "#8a4b08"));
            svg.append(text(LABEL + supported + noted + 8, y + 21,
                    bar.supported() + " " + supportedWord + " · " + bar.noted() + " " + notedWord, "start"));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** A point of a step chart: the count reached in a year. */
    record Step(int year, int count) {
    }

    /** A step chart of a count over years (parties to a treaty), with the first and last years and the top count labelled. */
    static String steps(List<Step> steps, String title, int lastYear) {
        int height = 220;
        int left = 48;
        int bottom = height - 28;
        int top = 12;
        int right = WIDTH - 16;
        if (steps.isEmpty()) {
            return "";
        }
        int firstYear = steps.get(0).year();
        int span = Math.max(1, lastYear - firstYear);
        int max = Math.max(1, steps.stream().mapToInt(Step::count).max().orElse(1));
        StringBuilder svg = open(height, title);
        svg.append(line(left, bottom, right, bottom)).append(line(left, top, left, bottom));
        StringBuilder path = new StringBuilder();
        double previousY = bottom;
        for (Step step : steps) {
            double x = left + (step.year() - firstYear) * (right - left) / (double) span;
            double y = bottom - step.count() * (bottom - top) / (double) max;
            path.append(path.isEmpty() ? "M" + fmt(x) + " " + fmt(previousY) : " H" + fmt(x)).append(" V").append(fmt(y));
            previousY = y;
        }
        path.append(" H").append(right);
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0b57a4\" stroke-width=\"2.5\"/>");
        svg.append(text(left - 6, top + 10, Integer.toString(max), "end"));
        svg.append(text(left - 6, bottom, "0", "end"));
        svg.append(text(left, height - 8, Integer.toString(firstYear), "start"));
        svg.append(text(right, height - 8, Integer.toString(lastYear), "end"));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
    }

    private static String rect(int x, int y, int width, int height, String fill) {
        return width <= 0 ? "" : "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height
                + "\" fill=\"" + fill + "\"/>";
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#4a5360\"/>";
    }

    private static String text(double x, double y, String words, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"14\" fill=\"#1b1f24\" text-anchor=\"" + anchor + "\">"
                + escape(words) + "</text>";
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String escape(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
