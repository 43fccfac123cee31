// Runs the real newsrel CLI (./newsrel, which builds target/newsrel.jar when stale) and opens the
// review page it writes in headless Chromium (Debian's chromium package, no browser download).
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "target", "e2e");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Runs ./newsrel with args from the repository root; fails with its stderr when it exits non-zero. */
function newsrel(...args) {
  const run = spawnSync(path.join(ROOT, "newsrel"), args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    throw new Error(`./newsrel ${args.join(" ")} exited ${run.status}:\n${run.stderr}`);
  }
  return run;
}

/** extract INPUT -o DIR --report; returns the output folder. */
function extractWithReport(input, name) {
  const out = path.join(ARTIFACTS, name);
  fs.rmSync(out, { recursive: true, force: true });
  newsrel("extract", input, "-o", out, "--report", "-q", "-t", "2");
  return out;
}

/** The documents of an output folder, read from documents.jsonl (for expectations made independently of the page). */
function documents(out) {
  return fs.readFileSync(path.join(out, "documents.jsonl"), "utf8").split("\n").filter(Boolean).map(JSON.parse);
}

/** The review page of an output folder in headless Chromium (see openUrl). */
async function openReport(out) {
  return openUrl(pathToFileURL(path.join(out, "report", "index.html")).href);
}

/** A headless Chromium with a new empty profile at url; page errors are collected in page.errors. */
async function openUrl(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "newsrel-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = context.pages()[0] || await context.newPage();
  page.errors = [];
  page.dialogs = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("dialog", (d) => { page.dialogs.push(d.message()); d.dismiss(); });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { page, close };
}

function screenshotPath(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

module.exports = { ROOT, ARTIFACTS, newsrel, extractWithReport, documents, openReport, openUrl, screenshotPath };
