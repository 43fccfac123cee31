package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {

    @Test
    void mainTextDropsNavigationScriptsAndAsides() {
        HtmlArticle article = HtmlArticle.parse(WarcFileReaderTest.ARTICLE);
        assertEquals("Poland signed a contract for 180 K2 tanks.\n\nDeliveries start in 2022.", article.text());
        assertEquals("Poland orders K2 tanks", article.title());
        assertEquals(LocalDate.of(2022, 8, 27), article.date());
    }

    @Test
    void dateFromOtherMetaTagsTimeElementsAndJsonLd() {
        assertEquals(LocalDate.of(2021, 2, 10), HtmlArticle.parse(
                "<html><head><meta name=\"DC.date\" content=\"2021-02-10\"></head><body><p>x</p></body></html>").date());
        assertEquals(LocalDate.of(2020, 5, 4), HtmlArticle.parse(
                "<html><body><main><time datetime=\"2020-05-04T08:00\">4 May</time><p>x</p></main></body></html>").date());
        assertEquals(LocalDate.of(2019, 12, 31), HtmlArticle.parse("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"Tue, 31 Dec 2019 10:00:00 GMT\"}</script></head>"
                + "<body><p>x</p></body></html>").date());
    }

    @Test
    void titleFallsBackToTitleThenH1AndAPageWithoutTextHasNone() {
        HtmlArticle page = HtmlArticle.parse("<html><body><h1>Headline</h1><nav><p>menu</p></nav></body></html>");
        assertEquals("Headline", page.title());
        assertEquals("Headline", page.text(), "without paragraphs the body's text is taken");
        HtmlArticle empty = HtmlArticle.parse("<html><head><title>T</title></head><body><script>x()</script></body></html>");
        assertEquals("", empty.text());
        assertNull(empty.date());
    }
}
