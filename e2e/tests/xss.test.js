// Article text is untrusted: markup in it must show as text in the review page and run nothing.
"use strict";
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { ARTIFACTS, extractWithReport, documents, openReport, screenshotPath } = require("../lib/newsrel.js");

// No dots inside the payloads, so the sentence splitter keeps each in one evidence sentence.
const SCRIPT = "<script>__pwned='script';alert(1)</script>";
const IMG = "<img src=x onerror=\"__pwned='img';alert(2)\">";
const ENTITIES = "&amp;lt; &lt;b&gt;bold&lt;/b&gt; &#60;i&#62;";
const ARTICLE = {
  id: "xss-<img src=x onerror=\"__pwned='id'\">",
  title: "<script>__pwned='title'</script> Morocco buys artillery",
  date: "2025-03-01",
  url: "javascript:__pwned='url'",
  text: `In 2025, Morocco selected Israeli company Elbit Systems to supply 36 Atmos 2000 howitzers ${SCRIPT} for the army.\n`
    + `In 2022, Poland ordered 180 K2 tanks from South Korea ${IMG} at a price of ${ENTITIES} --> </script><!-- in total.\n`,
};

let out;
let browser;
let page;

before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const input = path.join(ARTIFACTS, "xss.jsonl");
  fs.writeFileSync(input, JSON.stringify(ARTICLE) + "\n");
  out = extractWithReport(input, "xss");
  browser = await openReport(out);
  page = browser.page;
});

after(async () => {
  if (browser) {
    await browser.close();
  }
});

async function assertNothingRan() {
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.notEqual(await page.title(), "pwned");
  assert.equal(await page.locator("img").count(), 0, "an <img> from the article became an element");
  assert.equal(await page.locator("main b, main i").count(), 0, "entity-encoded tags became elements");
  assert.equal(await page.locator("main script").count(), 0);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.errors, []);
}

test("the extracted relation's evidence shows the article's markup as text", async () => {
  const relations = documents(out)[0].relations;
  for (const payload of [SCRIPT, IMG]) {
    assert.ok(relations.some((r) => r.evidence.some((e) => e.text.includes(payload))), "precondition: no evidence holds " + payload);
  }
  const evidence = await page.$$eval("tr.relation .evidence", (es) => es.map((e) => e.textContent));
  assert.ok(evidence.some((t) => t.includes(SCRIPT)), JSON.stringify(evidence));
  assert.ok(evidence.some((t) => t.includes(IMG) && t.includes(ENTITIES)), JSON.stringify(evidence));
  await assertNothingRan();
});

test("the document view shows script, event handler and entities as the article wrote them", async () => {
  await page.click("tr.relation td.doc a >> nth=0");
  await page.waitForSelector("#document-text");
  assert.equal(await page.textContent("#document-text"), ARTICLE.text);
  assert.equal(await page.textContent("#document h2"), ARTICLE.title);
  assert.ok((await page.textContent("#document .meta")).includes(ARTICLE.id));
  await page.screenshot({ path: screenshotPath("report-xss-document.png"), fullPage: true });
  await assertNothingRan();
});

test("a source address that is not http or https stays text, not a link", async () => {
  assert.equal(await page.locator("#document a#source-link").count(), 0);
  assert.equal(await page.textContent("#source-text"), ARTICLE.url);
  assert.equal(await page.locator("a[href^=javascript]").count(), 0);
  await assertNothingRan();
});

test("the network and the timeline run nothing and draw names as text", async () => {
  await page.click("#nav-charts");
  await page.waitForSelector("#network");
  assert.ok(await page.locator("#network .edge").count() > 0, "no transfer drawn");
  assert.ok(await page.locator("#timeline .bar-year").count() > 0, "no year drawn");
  assert.equal(await page.locator("#network *:not(g):not(path):not(circle):not(text):not(title)").count(), 0);
  await assertNothingRan();
});

test("markup in the address's filters fills the filter as text and runs nothing", async () => {
  await page.evaluate((payload) => { location.hash = "#relations?system=" + encodeURIComponent(payload) + "&sort=<b>"; }, IMG);
  await page.waitForFunction((payload) => document.querySelector("#filter-system")?.value === payload, IMG);
  assert.equal(await page.getAttribute("#count", "data-count"), "0");
  assert.equal(await page.inputValue("#sort"), "confidence-desc", "an unknown sort falls back to the default");
  await assertNothingRan();
});

test("the summary view runs nothing either", async () => {
  await page.click("#nav-summary");
  await page.waitForSelector("#transfers");
  assert.ok((await page.textContent("#summary")).includes(ARTICLE.title));
  await assertNothingRan();
});
