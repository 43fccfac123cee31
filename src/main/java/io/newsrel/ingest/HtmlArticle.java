package io.newsrel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What newsrel reads from a news page, shared by the {@code .html} and WARC readers: the main
 * text is the paragraphs (and sub-headings) of the article body, after dropping navigation,
 * scripts, styles, headers, footers, asides and forms; the body is the page's {@code <article>},
 * else its {@code itemprop=articleBody}, else {@code <main>}, else the whole {@code <body>}. Title
 * from {@code og:title}, else {@code <title>}, else the first {@code <h1>}. Publication date from
 * the usual meta tags, then {@code <time datetime>}, then JSON-LD's {@code datePublished}.
 *
 * @param title the headline, or null
 * @param date  the publication date, or null
 * @param text  the main text, paragraphs separated by a blank line; empty when the page has none
 */
public record HtmlArticle(String title, LocalDate date, String text) {

    private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template";
    private static final List<String> BODY_SELECTORS = List.of("article", "[itemprop=articleBody]", "main", "body");
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";
    /** Meta tags carrying a publication date, most specific first. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publish-date]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=DC.date.issued]",
            "meta[name=dcterms.date]", "meta[name=DC.date]", "meta[name=date]");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /** Parses a page; the charset comes from the caller (HTTP header) or, when null, from the page's own meta tag. */
    public static HtmlArticle parse(InputStream html, String charset, String baseUri) throws IOException {
        return of(Jsoup.parse(html, charset, baseUri == null ? "" : baseUri));
    }

    static HtmlArticle parse(String html) {
        return of(Jsoup.parse(html));
    }

    private static HtmlArticle of(Document page) {
        String title = title(page);
        LocalDate date = date(page);
        page.select(BOILERPLATE).remove();
        return new HtmlArticle(title, date, mainText(page));
    }

    private static String mainText(Document page) {
        Element body = BODY_SELECTORS.stream().map(page::selectFirst).filter(e -> e != null && e.hasText())
                .findFirst().orElse(null);
        if (body == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Elements blocks = body.select(BLOCKS);
        for (Element block : blocks) {
            // a list item holding paragraphs, or a quote around one, is read through its children
            if (!block.select(BLOCKS).stream().allMatch(inner -> inner == block)) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(line);
            }
        }
        return text.isEmpty() ? body.text().strip() : text.toString();
    }

    private static String title(Document page) {
        String og = content(page, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        if (!page.title().isBlank()) {
            return page.title().strip();
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static LocalDate date(Document page) {
        for (String selector : DATE_META) {
            LocalDate date = Dates.parseOrNull(content(page, selector));
            if (date != null) {
                return date;
            }
        }
        Element time = page.selectFirst("time[datetime]");
        LocalDate date = time == null ? null : Dates.parseOrNull(time.attr("datetime"));
        if (date != null) {
            return date;
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find() && (date = Dates.parseOrNull(m.group(1))) != null) {
                return date;
            }
        }
        return null;
    }

    private static String content(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }
}
