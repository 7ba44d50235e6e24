package org.fifsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fifsim.Version;
import org.fifsim.analysis.CheckResult;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS, system fonts, no script and nothing from the
 * network, so it opens offline; charts are inlined as PNG data, so the page alone can be mailed (the same charts stay
 * in {@code charts/} beside it, as PNG and SVG).
 */
public final class HtmlReport {
    private static final String CSS = loadCss();
    /** Figures at most this wide sit two to a row. */
    static final int SMALL = 640;

    private HtmlReport() {
    }

    /** The page with its charts linked as the files beside it (a report whose charts are not drawn yet). */
    public static String render(Report report) {
        return page(report, Map.of());
    }

    /**
     * The page with every chart read from {@code dir} and inlined.
     *
     * @throws IOException if a chart the report shows is not in {@code dir}
     */
    public static String render(Report report, Path dir) throws IOException {
        Map<String, String> inlined = new HashMap<>();
        if (dir != null) {
            for (Report.Section s : report.sections()) {
                for (Block b : s.blocks()) {
                    if (b instanceof Block.Figure f && !inlined.containsKey(f.file())) {
                        inlined.put(f.file(), dataUri(dir.resolve(f.file())));
                    }
                }
            }
        }
        return page(report, inlined);
    }

    private static String page(Report report, Map<String, String> inlined) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(report.title())).append(" \u2014 fifsim report</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header class=\"banner\"><div class=\"wrap\">\n<p class=\"kicker\">fifsim report</p>\n<h1>")
                .append(esc(report.title())).append("</h1>\n");
        if (!report.subtitle().isBlank()) {
            h.append("<p class=\"subtitle\">").append(esc(report.subtitle())).append("</p>\n");
        }
        h.append("</div></header>\n");
        h.append("<nav class=\"toc wrap\">");
        for (Report.Section s : report.sections()) {
            h.append("<a href=\"#").append(esc(s.id())).append("\">").append(esc(s.title())).append("</a>");
        }
        h.append("</nav>\n<main class=\"wrap\">\n");
        for (Report.Section s : report.sections()) {
            h.append("<section id=\"").append(esc(s.id())).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n");
            boolean inGrid = false;
            for (Block b : s.blocks()) {
                boolean small = b instanceof Block.Figure f && f.width() <= SMALL;
                if (small != inGrid) {
                    h.append(small ? "<div class=\"grid\">\n" : "</div>\n");
                    inGrid = small;
                }
                block(h, b, inlined);
            }
            if (inGrid) {
                h.append("</div>\n");
            }
            h.append("</section>\n");
        }
        h.append("</main>\n<footer class=\"wrap\">Written by fifsim ").append(esc(Version.VERSION))
                .append(inlined.isEmpty()
                        ? ". Charts are the PNG files in <code>charts/</code> beside this page.</footer>\n"
                        : ". Charts are inside this page; <code>charts/</code> beside it has each as PNG and as SVG "
                                + "(for slides).</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static void block(StringBuilder h, Block b, Map<String, String> inlined) {
        if (b instanceof Block.Paragraph p) {
            h.append("<p>").append(esc(p.text())).append("</p>\n");
        } else if (b instanceof Block.Facts f) {
            h.append("<dl class=\"facts\">\n");
            for (Block.Fact fact : f.facts()) {
                h.append("<div><dt>").append(esc(fact.name())).append("</dt><dd>").append(esc(fact.value()))
                        .append("</dd></div>\n");
            }
            h.append("</dl>\n");
        } else if (b instanceof Block.Bullets l) {
            h.append("<ul>\n");
            l.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
            h.append("</ul>\n");
        } else if (b instanceof Block.Table t) {
            table(h, t);
        } else if (b instanceof Block.Figure f) {
            h.append("<figure><img src=\"").append(inlined.getOrDefault(f.file(), esc(f.file())))
                    .append("\" alt=\"").append(esc(f.title()))
                    .append("\" width=\"").append(f.width()).append("\" height=\"").append(f.height())
                    .append("\">\n<figcaption><b>").append(esc(f.title()))
                    .append(".</b> ").append(esc(f.caption())).append("</figcaption></figure>\n");
        } else if (b instanceof Block.Notice n) {
            boolean warn = n.level() == Block.Level.WARNING;
            h.append("<div class=\"notice").append(warn ? " warning" : "").append("\">")
                    .append(warn ? "<strong>Warning</strong>" : "").append(esc(n.text())).append("</div>\n");
        } else if (b instanceof Block.Checks c) {
            h.append("<ul class=\"checks\">\n");
            for (CheckResult r : c.results()) {
                String cls = switch (r.outcome()) {
                    case PASS -> "pass";
                    case FAIL -> "fail";
                    case NOT_APPLICABLE -> "na";
                };
                h.append("<li class=\"").append(cls).append("\"><span class=\"badge\">").append(esc(r.outcome().label()))
                        .append("</span><span class=\"name\">").append(esc(r.name())).append("</span><span class=\"detail\">")
                        .append(esc(r.detail())).append("</span></li>\n");
            }
            h.append("</ul>\n");
        }
    }

    private static void table(StringBuilder h, Block.Table t) {
        h.append("<div class=\"table-wrap\"><table>\n<thead><tr>");
        for (int i = 0; i < t.header().size(); i++) {
            h.append(t.numeric()[i] ? "<th class=\"num\">" : "<th>").append(esc(t.header().get(i))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        List<List<String>> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            h.append(t.muted().contains(r) ? "<tr class=\"muted\">" : "<tr>");
            for (int i = 0; i < rows.get(r).size(); i++) {
                h.append(t.numeric()[i] ? "<td class=\"num\">" : "<td>").append(esc(rows.get(r).get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** A PNG as a data URI: base64 has only [A-Za-z0-9+/=], nothing to escape in an attribute. */
    private static String dataUri(Path png) throws IOException {
        if (!Files.isRegularFile(png)) {
            throw new IOException("report.html: the chart " + png + " was not written");
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png));
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
