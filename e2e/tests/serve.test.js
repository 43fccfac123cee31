// The try-it page of `newsrel serve` (GET /) in headless Chromium, against the real server: a pasted
// article shows its entities by type, its relations with their evidence and its JSON; markup in the
// text shows as text and runs nothing; the page loads nothing from elsewhere; SIGTERM answers what
// was accepted before the server exits.
"use strict";
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, openUrl, screenshotPath } = require("../lib/newsrel.js");
const { startServer } = require("../lib/server.js");

const SEED = "In 2025, Morocco selected Israeli company Elbit Systems to supply 36 Atmos 2000 self propelled "
  + "artillery systems, mounted on Tatra trucks.";
// No dots inside the payloads, so the sentence splitter keeps each in one evidence sentence.
const SCRIPT = "<script>__pwned='script';alert(1)</script>";
const IMG = "<img src=x onerror=\"__pwned='img';alert(2)\">";
const ENTITIES = "&amp;lt; &lt;b&gt;bold&lt;/b&gt; &#60;i&#62;";
const HOSTILE = `In 2025, Morocco selected Israeli company Elbit Systems to supply 36 Atmos 2000 howitzers ${SCRIPT} for the army.\n`
  + `In 2022, Poland ordered 180 K2 tanks from South Korea ${IMG} at a price of ${ENTITIES} --> </script><!-- in total.\n`;

let server;
let browser;
let page;
const requested = [];

before(async () => {
  server = await startServer("-t", "2");
  browser = await openUrl(server.base);
  page = browser.page;
  page.on("request", (r) => requested.push(r.url()));
});

after(async () => {
  if (browser) {
    await browser.close();
  }
  if (server) {
    await server.stop();
  }
});

async function extract(text, date) {
  await page.fill("#text", text);
  await page.fill("#date", date || "");
  await page.click("#extract");
  await page.waitForSelector("body[data-state=done], body[data-state=error]", { timeout: 120000 });
}

async function assertNothingRan() {
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("img").count(), 0, "an <img> from the article became an element");
  assert.equal(await page.locator("main b, main i, main script").count(), 0, "markup from the article became elements");
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.errors, []);
}

test("a pasted article shows its entities by type, its relations with the evidence highlighted, and the JSON", async () => {
  await extract(SEED, "2025-03-01");
  assert.equal(await page.getAttribute("body", "data-state"), "done", await page.textContent("#status"));
  const entities = await page.$$eval("#document-text mark.ent", (ms) => ms.map((m) => [m.getAttribute("data-type"), m.textContent]));
  for (const expected of [["COUNTRY", "Morocco"], ["COUNTRY", "Israeli"], ["COMPANY", "Elbit Systems"], ["SYSTEM", "Atmos 2000"]]) {
    assert.ok(entities.some((e) => e[0] === expected[0] && e[1] === expected[1]), JSON.stringify(entities));
  }
  assert.equal(await page.textContent("#document-text"), SEED);
  const legend = await page.$$eval("#legend mark", (ms) => ms.map((m) => m.textContent));
  assert.ok(legend.includes("COUNTRY") && legend.includes("SYSTEM"), JSON.stringify(legend));

  const transfer = page.locator("tr.relation[data-type=ARMS_TRANSFER]").first();
  const roles = await transfer.locator(".evidence mark.arg").evaluateAll((ms) => ms.map((m) => [m.getAttribute("data-role"), m.textContent]));
  assert.deepEqual(roles.find((r) => r[1] === "Morocco"), ["recipient", "Morocco"]);
  assert.deepEqual(roles.find((r) => r[1] === "Elbit Systems"), ["supplierCompany", "Elbit Systems"]);
  assert.deepEqual(roles.find((r) => r[1] === "Atmos 2000"), ["system", "Atmos 2000"]);
  assert.equal(await transfer.locator(".evidence p").first().textContent(), SEED);

  // the JSON shown is the API's answer for the same request
  const shown = JSON.parse(await page.textContent("#json"));
  const api = await (await fetch(server.base + "v1/extract", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ id: "page", text: SEED, date: "2025-03-01" }),
  })).json();
  assert.deepEqual(shown, api);
  assert.equal(shown.date, "2025-03-01");

  await page.screenshot({ path: screenshotPath("serve-page.png"), fullPage: true });
  if (process.env.NEWSREL_DOCS_SCREENSHOT) {
    await page.screenshot({ path: path.join(ROOT, "docs", "serve-page.png"), fullPage: true });
  }
  await assertNothingRan();
});

test("script, event handlers and entities in the pasted text show as text and run nothing", async () => {
  await extract(HOSTILE, "2025-03-01");
  assert.equal(await page.getAttribute("body", "data-state"), "done", await page.textContent("#status"));
  assert.equal(await page.textContent("#document-text"), HOSTILE);
  const evidence = await page.$$eval("tr.relation .evidence p", (ps) => ps.map((p) => p.textContent));
  assert.ok(evidence.some((t) => t.includes(SCRIPT)), JSON.stringify(evidence));
  assert.ok(evidence.some((t) => t.includes(IMG) && t.includes(ENTITIES)), JSON.stringify(evidence));
  assert.equal(JSON.parse(await page.textContent("#json")).text, HOSTILE);
  await page.screenshot({ path: screenshotPath("serve-page-xss.png"), fullPage: true });
  await assertNothingRan();
});

test("an empty text shows the API's error naming the field", async () => {
  await extract("   ");
  assert.equal(await page.getAttribute("body", "data-state"), "error");
  const status = await page.textContent("#status");
  assert.ok(status.startsWith("400 bad_request") && status.includes("field text"), status);
});

test("everything the page loads comes from the server itself", async () => {
  requested.length = 0;
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  for (const asset of ["", "assets/page.js", "assets/page.css", "assets/report.css"]) {
    assert.ok(requested.includes(server.base + asset), asset + " not loaded: " + JSON.stringify(requested));
  }
  assert.deepEqual(requested.filter((u) => !u.startsWith(server.base)), []);
});

test("SIGTERM lets an accepted NDJSON request finish, then the server exits", async () => {
  const samples = fs.readFileSync(path.join(ROOT, "corpus", "samples.jsonl"), "utf8").split("\n").filter(Boolean);
  const response = await fetch(server.base + "v1/extract", {
    method: "POST", headers: { "Content-Type": "application/x-ndjson" }, body: samples.join("\n") + "\n",
  });
  assert.equal(response.status, 200); // headers come with the first line: the request is being answered
  const exited = server.stop();
  const lines = (await response.text()).split("\n").filter(Boolean).map(JSON.parse);
  assert.deepEqual(lines.map((d) => d.id), samples.map((s) => JSON.parse(s).id));
  assert.ok(lines.every((d) => d.schema === "newsrel-document/1"));
  const { code, signal } = await exited;
  assert.ok(code === 143 || code === 0 || signal === "SIGTERM", `exit ${code} ${signal}`);
  assert.ok(!/Exception|\tat /.test(server.stderr()), server.stderr());
  await assert.rejects(fetch(server.base + "v1/health"), "still listening after SIGTERM");
});
