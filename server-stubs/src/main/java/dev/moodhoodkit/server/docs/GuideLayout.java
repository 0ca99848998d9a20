package dev.moodhoodkit.server.docs;

import org.springframework.web.util.HtmlUtils;

/** The HTML page around a rendered guide page: a title, a bar of links, a readable column. */
final class GuideLayout {

    private static final String STYLE = """
            body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
            header{background:#24292f;padding:.6rem 1rem}
            header a{color:#fff;margin-right:1.2rem;text-decoration:none;font-weight:600}
            main{max-width:52rem;margin:0 auto;padding:1rem 1.2rem 3rem}
            h1,h2,h3{line-height:1.25;margin-top:1.6em}
            a{color:#0969da}
            code{font:.88em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f4f6;padding:.1em .3em;border-radius:4px}
            pre{background:#f6f8fa;padding:.8rem 1rem;overflow:auto;border-radius:6px}
            pre code{background:none;padding:0}
            table{border-collapse:collapse;margin:1rem 0;display:block;overflow:auto}
            th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            img{max-width:100%}
            blockquote{margin:0;padding:0 1rem;color:#57606a;border-left:.25em solid #d0d7de}
            footer{max-width:52rem;margin:0 auto;padding:0 1.2rem 2rem;color:#57606a;font-size:.9em}
            """;

    private GuideLayout() {}

    /**
     * A whole page.
     *
     * @param title    plain text, escaped here
     * @param bodyHtml the rendered body
     * @param source   the page's name, for the link to its Markdown; null for none
     */
    static String page(String title, String bodyHtml, String source) {
        String footer = source == null
                ? ""
                : "<footer>This page is <code>docs/" + HtmlUtils.htmlEscape(source) + ".md</code> of the repository ("
                        + "<a href=\"/docs/" + HtmlUtils.htmlEscape(source) + ".md\">Markdown</a>).</footer>\n";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlUtils.htmlEscape(title) + " · MoodHood API kit</title>\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + "<header><nav><a href=\"/docs/\">Guide</a><a href=\"/docs/reference/\">HTML reference</a>"
                + "<a href=\"/swagger-ui/\">Swagger UI</a><a href=\"/openapi.yaml\">openapi.yaml</a></nav></header>\n"
                + "<main>\n" + bodyHtml + "</main>\n" + footer + "</body>\n</html>\n";
    }
}
