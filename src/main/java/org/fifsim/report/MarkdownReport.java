package org.fifsim.report;

import java.util.List;
import org.fifsim.analysis.CheckResult;

/** Renders a {@link Report} as GitHub-flavoured Markdown: headings, tables, images with captions. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(report.title())).append("\n\n");
        if (!report.subtitle().isBlank()) {
            md.append(inline(report.subtitle())).append("\n\n");
        }
        if (report.sections().size() > 2) {
            for (Report.Section s : report.sections()) {
                md.append("- [").append(inline(s.title())).append("](#").append(s.id()).append(")\n");
            }
            md.append('\n');
        }
        for (Report.Section s : report.sections()) {
            md.append("<a id=\"").append(s.id()).append("\"></a>\n\n");
            md.append("## ").append(inline(s.title())).append("\n\n");
            for (Block b : s.blocks()) {
                block(md, b);
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** Blocks alone, without title or anchors: an excerpt to paste into another page (a README). */
    public static String fragment(List<Block> blocks) {
        StringBuilder md = new StringBuilder();
        for (Block b : blocks) {
            block(md, b);
            md.append('\n');
        }
        return md.toString();
    }

    private static void block(StringBuilder md, Block b) {
        if (b instanceof Block.Paragraph p) {
            md.append(inline(p.text())).append('\n');
        } else if (b instanceof Block.Facts f) {
            for (Block.Fact fact : f.facts()) {
                // '*' rather than '-': a list right after another with the same marker would merge into it
                md.append("* **").append(inline(fact.name())).append(":** ").append(inline(fact.value())).append('\n');
            }
        } else if (b instanceof Block.Bullets l) {
            l.items().forEach(i -> md.append("- ").append(inline(i)).append('\n'));
        } else if (b instanceof Block.Table t) {
            table(md, t);
        } else if (b instanceof Block.Figure f) {
            md.append("![").append(inline(f.title())).append("](").append(f.file()).append(")\n\n*")
                    .append(inline(f.caption())).append("*\n");
        } else if (b instanceof Block.Notice n) {
            md.append("> ").append(n.level() == Block.Level.WARNING ? "**Warning:** " : "").append(inline(n.text()))
                    .append('\n');
        } else if (b instanceof Block.Checks c) {
            md.append("| check | result | detail |\n|---|---|---|\n");
            for (CheckResult r : c.results()) {
                String label = r.failed() ? "**" + r.outcome().label() + "**" : r.outcome().label();
                md.append("| ").append(inline(r.name())).append(" | ").append(label).append(" | ")
                        .append(inline(r.detail())).append(" |\n");
            }
        }
    }

    private static void table(StringBuilder md, Block.Table t) {
        md.append('|');
        for (String h : t.header()) {
            md.append(' ').append(cell(h)).append(" |");
        }
        md.append("\n|");
        for (boolean numeric : t.numeric()) {
            md.append(numeric ? "---:|" : "---|");
        }
        md.append('\n');
        List<List<String>> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            boolean muted = t.muted().contains(i);
            md.append('|');
            for (String c : rows.get(i)) {
                String text = cell(c);
                md.append(' ').append(muted && !text.isEmpty() ? "*" + text + "*" : text).append(" |");
            }
            md.append('\n');
        }
    }

    /** Escapes characters Markdown would read as markup in running text. */
    static String inline(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    private static String cell(String s) {
        return inline(s);
    }
}
