// Starts the real `newsrel serve` (./newsrel, which builds target/newsrel.jar when stale) on a free
// loopback port and waits until it is ready; stops it with SIGTERM as a service manager would.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");
const { ROOT } = require("./newsrel.js");

const START_TIMEOUT_MS = 15 * 60 * 1000; // a first run may build the jar, and the machine may be busy

function waitFor(condition, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        const value = await condition();
        if (value) { resolve(value); return; }
      } catch (e) {
        // not yet
      }
      if (Date.now() - started > timeoutMs) { reject(new Error("timed out waiting for " + what)); return; }
      setTimeout(poll, 250);
    };
    poll();
  });
}

/** Runs `newsrel serve --port 0 ARGS...`; resolves to { base, process, stderr(), stop() } once /v1/ready answers 200. */
async function startServer(...args) {
  const child = spawn(path.join(ROOT, "newsrel"), ["serve", "--port", "0", ...args], {
    cwd: ROOT,
    env: { ...process.env, NEWSREL_JAVA_OPTS: process.env.NEWSREL_JAVA_OPTS || "-Xmx3g" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  let listening;
  try {
    listening = await waitFor(() => {
      if (child.exitCode !== null) { throw new Error("newsrel serve exited: " + stderr); }
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
      return m && m[1];
    }, START_TIMEOUT_MS, "newsrel serve to listen");
    await waitFor(async () => (await fetch(listening + "v1/ready")).status === 200, START_TIMEOUT_MS, "the pipeline");
  } catch (e) {
    child.kill("SIGKILL");
    throw new Error(e.message + "\n" + stderr);
  }
  return {
    base: listening,
    process: child,
    exited,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) { child.kill("SIGTERM"); }
      return exited;
    },
  };
}

module.exports = { startServer };
