package io.github.iec62304.core.write;

import io.github.iec62304.core.project.ProjectInfo;

/**
 * The print stylesheet of {@code index.html}: A4 landscape, header rows repeated on every page, folded
 * {@code <details>} printed open, and a footer on every page with the project, version, commit, verdict and page
 * number (CSS page-margin boxes, which Chromium prints from version 131).
 */
final class PrintStyle {

    private PrintStyle() {
    }

    static String css(BundleContent c, String verdict) {
        ProjectInfo p = c.project();
        String footer = p.groupId() + ":" + p.artifactId() + " " + p.version() + ", commit "
                + (p.git() == null ? "none" : p.git().commit().substring(0, Math.min(12, p.git().commit().length())))
                + ", " + verdict;
        return "thead{display:table-header-group}tr{break-inside:avoid}"
                + "@media print{body{margin:0;font-size:9pt}"
                + "details>summary{list-style:none}details::details-content{display:contents;"
                + "content-visibility:visible}"
                + "a{color:inherit;text-decoration:none}.counts{break-inside:avoid}h2{break-after:avoid}}"
                + "@page{size:A4 landscape;margin:12mm 10mm 16mm 10mm;"
                + "@bottom-left{content:" + string(footer) + ";font:8pt sans-serif}"
                + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font:8pt sans-serif}}";
    }

    /**
     * A CSS string of user text: every character but letters, digits and a few safe marks as a hex escape, so nothing
     * in it can end the string or the {@code <style>} element.
     */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && cp < 128 || " .:,-_+".indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else {
                out.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return out.append('"').toString();
    }
}
