// nightcramp's web app in a real browser: Debian's Chromium at phone size, driven by
// playwright-core. Each test gets its own diary and server. Screenshots of the main pages
// go to e2e/artifacts/. Run through ./scripts/test (which builds the binary first).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..", "..");
const bin = process.env.NIGHTCRAMP_BIN || path.join(root, "target", "debug", "nightcramp");
const artifacts = path.join(root, "e2e", "artifacts");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
mkdirSync(artifacts, { recursive: true });

let browser;
const servers = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.kill();
});

/** Starts `nightcramp serve` on a free port with a fresh diary; resolves to its URL. */
function startServer(extraEnv = {}, dir = mkdtempSync(path.join(tmpdir(), "nightcramp-e2e-"))) {
  const proc = spawn(bin, ["serve", "--listen", "127.0.0.1:0"], {
    env: { ...process.env, NIGHTCRAMP_DB: path.join(dir, "diary.db"), ...extraEnv },
    stdio: ["ignore", "pipe", "inherit"],
  });
  servers.push(proc);
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout.on("data", (chunk) => {
      out += chunk;
      // The announcement is in the terminal's language; the address is not.
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    });
    proc.on("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** What the browser refused under the pages' content security policy, from every test. */
const policyViolations = [];

async function phone(locale = "en-GB") {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale });
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(`${message.location().url}: ${message.text()}`);
  });
  return context;
}

async function api(url, p) {
  const r = await fetch(url + p);
  return r.json();
}

/** axe-core: no serious or critical accessibility violation on the page. */
async function accessible(page, name) {
  // Evaluated, not added as a script tag: the pages' policy allows no inline script.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`),
    [],
    `${name} has accessibility violations`,
  );
}

async function shoot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

test("the 3 AM cramp flow: cramp now, it's over, a few taps, saved", async () => {
  const url = await startServer();
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/");
  await shoot(page, "home");
  await accessible(page, "home");
  await page.click("#cramp-now");
  await page.waitForSelector("#timer", { state: "visible" });
  await page.waitForTimeout(1200);
  assert.match(await page.textContent("#timer"), /^0:0[1-9]$/);
  assert.match(await page.textContent(".tips"), /toes/);
  await shoot(page, "cramp-timer");
  await accessible(page, "cramp timer");
  await page.click("#over-button");
  await page.waitForSelector("#details-form", { state: "visible" });
  await page.click('label:has(input[name="side"][value="right"])');
  await page.click('.pain >> text="7"');
  await shoot(page, "cramp-details");
  await accessible(page, "cramp details");
  await page.click("#save-button");
  await page.waitForURL(url + "/?logged=1");
  const episodes = await api(url, "/api/episodes");
  assert.equal(episodes.length, 1);
  assert.equal(episodes[0].side, "right");
  assert.equal(episodes[0].intensity, 7);
  assert.ok(episodes[0].duration_s >= 1 && episodes[0].duration_s < 60, `duration ${episodes[0].duration_s}`);
  await context.close();
});

test("the cramp timer says to get care once a cramp has lasted ten minutes", async () => {
  const url = await startServer();
  const context = await phone();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(url + "/");
  await page.click("#cramp-now");
  await page.waitForSelector("#timer", { state: "visible" });
  assert.equal(await page.isVisible("#too-long"), false, "no warning at the start");
  await page.clock.runFor(9 * 60 * 1000);
  assert.match(await page.textContent("#timer"), /^9:0\d$/);
  assert.equal(await page.isVisible("#too-long"), false, "no warning at nine minutes");
  await page.clock.runFor(61 * 1000 + 500);
  await page.waitForSelector("#too-long", { state: "visible" });
  assert.match(await page.textContent("#too-long"), /more than 10 minutes.*medical care right away/);
  await shoot(page, "cramp-timer-ten-minutes");
  await accessible(page, "cramp timer at ten minutes");
  await context.close();
});

test("the morning check-in confirms a quiet night", async () => {
  const url = await startServer();
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/morning");
  await shoot(page, "morning");
  await accessible(page, "morning");
  await page.fill('input[name="disturbance"]', "0");
  await page.click("#no-cramps");
  await page.waitForURL(url + "/?saved=1");
  assert.match(await page.textContent("main"), /Last night[\s\S]*no cramps/);
  const nights = await api(url, "/api/nights");
  assert.equal(nights.length, 1);
  assert.equal(nights[0].status, "no_cramps");
  await context.close();
});

test("the day form with steppers, toggles and your own factor", async () => {
  const url = await startServer();
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/day");
  await accessible(page, "day");
  await page.fill("#f-standing_h", "8");
  await page.click('button[data-for="f-standing_h"][data-step="1"]');
  await page.click('button[data-for="f-standing_h"][data-step="1"]');
  assert.equal(await page.inputValue("#f-standing_h"), "9");
  await page.click('fieldset:has(legend:text("stretched before bed")) >> text=yes');
  await page.fill("#new-name", "long drive");
  await page.fill("#new-value", "yes");
  await shoot(page, "day");
  await page.click("#save-day");
  await page.waitForURL(/\/day\?date=.*&saved=1/);
  const date = new URL(page.url()).searchParams.get("date");
  const day = await api(url, `/api/days/${date}`);
  assert.deepEqual(day.factors, { standing_h: 9, stretched: true, "custom:long drive": true });
  await context.close();
});

test("insights, checkup, guide, stretch and plan pages read well and pass axe", async () => {
  const url = await startServer();
  // A few weeks of diary through the API so the charts have something to draw.
  const start = Date.UTC(2026, 8, 1);
  for (let i = 0; i < 40; i += 3) {
    const d = new Date(start + (i + 1) * 86400000).toISOString().slice(0, 10);
    await fetch(url + "/api/episodes", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ started_at: `${d}T03:1${i % 10}:00+02:00`, duration_s: 60 + i, muscle: "calf", side: "left", intensity: 3 + (i % 6) }),
    });
  }
  const context = await phone();
  const page = await context.newPage();
  for (const [p, name, text] of [
    ["/insights", "insights", /logged nights/],
    ["/checkup?one_leg_swollen=yes", "checkup-urgent", /URGENT/],
    ["/guide", "guide", /What night cramps are/],
    ["/guide/doctor", "guide-doctor", /When to see a doctor/],
    ["/stretch", "stretch", /Start 30 seconds/],
    ["/plan", "plan", /Stretch your calves/],
    ["/entries", "entries", /Entries/],
    ["/report", "report", /patient diary summary/],
  ]) {
    await page.goto(url + p);
    assert.match(await page.textContent("main"), text, p);
    await shoot(page, name);
    await accessible(page, p);
  }
  // The report's print button is shown by its own script (no inline script is allowed).
  await page.goto(url + "/report");
  assert.ok(await page.isVisible("#print-report"), "the print button");
  await page.goto(url + "/insights");
  assert.ok((await page.locator("svg.chart").count()) >= 3, "three server-rendered charts");
  await page.goto(url + "/stretch");
  await page.click("#stretch-start");
  await page.waitForTimeout(1100);
  assert.match(await page.textContent("#stretch-timer"), /^0:2[89]$/, "the 30-second countdown runs");
  await context.close();
});

test("a watch export uploads with progress and fills in the days", async () => {
  const url = await startServer();
  // A few megabytes of Apple Health export: the Watch and the phone count the same walks.
  let xml = '<?xml version="1.0"?>\n<HealthData locale="en_GB">\n';
  for (let day = 1; day <= 3; day++) {
    for (let minute = 0; minute < 60 * 24; minute++) {
      const hh = String(Math.floor(minute / 60)).padStart(2, "0"), mm = String(minute % 60).padStart(2, "0");
      for (const source of ["Anna's Apple Watch", "Anna's iPhone"]) {
        xml += `<Record type="HKQuantityTypeIdentifierStepCount" sourceName="${source}" unit="count" startDate="2026-11-0${day} ${hh}:${mm}:00 +0100" endDate="2026-11-0${day} ${hh}:${mm}:59 +0100" value="${source.includes("Watch") ? 5 : 4}"/>\n`;
      }
    }
  }
  xml += "</HealthData>\n";
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/");
  await page.click("text=Import from a watch");
  assert.match(await page.textContent("h1"), /Import from a watch or phone/);
  await accessible(page, "/import");
  await page.setInputFiles("#import-file", { name: "export.xml", mimeType: "text/xml", buffer: Buffer.from(xml) });
  // Record every status the page shows while the upload runs.
  await page.evaluate(() => {
    window.seen = [];
    new MutationObserver(() => window.seen.push(document.getElementById("import-status").textContent))
      .observe(document.getElementById("import-status"), { childList: true, characterData: true, subtree: true });
  });
  await page.click("#import-start");
  await page.waitForSelector("#import-result li");
  const seen = await page.evaluate(() => window.seen);
  assert.ok(seen.some((t) => /^Uploading: .* MB of .* MB/.test(t)), `progress shown: ${seen}`);
  assert.match(await page.textContent("#import-result"), /Apple Health export: 3 days read\./);
  await shoot(page, "import");
  const day = await (await fetch(url + "/api/days/2026-11-02")).json();
  assert.equal(day.factors.steps, 5 * 60 * 24, "the Watch's steps, counted once");
  await context.close();
});

test("a cramp logged while the server is unreachable is kept and sent once, later", async () => {
  const url = await startServer();
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/cramp");
  // Let the service worker install and take control, so the page also opens offline.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await context.setOffline(true);
  await page.goto(url + "/cramp");
  assert.match(await page.textContent("#start-button"), /Cramp now/, "the cramp page opens with no connection");
  await page.click("#start-button");
  await page.waitForTimeout(1100);
  await page.click("#over-button");
  await page.click('label:has(input[name="side"][value="left"])');
  await page.click('.pain >> text="5"');
  await page.click("#save-button");
  await page.waitForFunction(() => document.getElementById("cramp-status").textContent.includes("Saved on this phone"));
  await shoot(page, "cramp-offline");
  assert.equal((await api(url, "/api/episodes")).length, 0, "nothing reached the server yet");
  const queued = await page.evaluate(() => JSON.parse(localStorage.getItem("nightcramp-pending-cramps")));
  assert.equal(queued.length, 1);
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("nightcramp-pending-cramps") || "[]").length === 0);
  let episodes = await api(url, "/api/episodes");
  assert.equal(episodes.length, 1);
  assert.equal(episodes[0].id, queued[0].id);
  // Coming back again (another flush, a second tab) never doubles it.
  await page.evaluate((item) => localStorage.setItem("nightcramp-pending-cramps", JSON.stringify([item])), queued[0]);
  await page.goto(url + "/");
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("nightcramp-pending-cramps") || "[]").length === 0);
  episodes = await api(url, "/api/episodes");
  assert.equal(episodes.length, 1, "sent twice, stored once");
  await context.close();
});

test("the theme: dark at night, the person's choice remembered", async () => {
  const url = await startServer({ NIGHTCRAMP_NOW: "2026-11-28T02:30:00Z", TZ: "UTC" });
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  await shoot(page, "home-dark");
  await page.click("#theme-toggle");
  assert.equal(await page.getAttribute("html", "data-theme"), "light");
  await page.reload();
  assert.equal(await page.getAttribute("html", "data-theme"), "light", "the choice survives a reload");
  await accessible(page, "home (light)");
  await context.close();
});

test("a household: each person logs in by name, shares with a clinician, who sees them read-only", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "nightcramp-e2e-"));
  const env = { ...process.env, NIGHTCRAMP_DB: path.join(dir, "diary.db") };
  const cli = (args, input) => execFileSync(bin, args, { env, input, encoding: "utf8" });
  cli(["cramp", "--at", "03:10"]);
  cli(["accounts", "add", "ana"], "ana's long password\n");
  cli(["accounts", "add", "drlee", "--role", "clinician"], "the doctor's password\n");
  const url = await startServer({}, dir);
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/");
  await page.waitForURL(url + "/login");
  await accessible(page, "login by name");
  await page.fill('input[name="name"]', "ana");
  await page.fill('input[name="password"]', "not it");
  await page.click('button[type="submit"]');
  assert.match(await page.textContent("[role=alert]"), /Wrong name or password/);
  await page.fill('input[name="name"]', "ana");
  await page.fill('input[name="password"]', "ana's long password");
  await page.click('button[type="submit"]');
  await page.waitForURL(url + "/");
  const mine = await page.evaluate(async () => (await fetch("/api/episodes")).json());
  assert.equal(mine.length, 1, "the diary from before accounts is ana's");
  await page.click('a[href="/shares"]');
  await page.waitForURL(url + "/shares");
  await page.fill('input[name="with"]', "drlee");
  await page.click('button:has-text("Share")');
  await page.waitForURL(url + "/shares");
  assert.match(await page.textContent("ul.shares"), /drlee: can read it until you end the share/);
  await shoot(page, "shares");
  await accessible(page, "sharing");
  await context.close();

  const doctor = await phone();
  const dpage = await doctor.newPage();
  await dpage.goto(url + "/login");
  await dpage.fill('input[name="name"]', "drlee");
  await dpage.fill('input[name="password"]', "the doctor's password");
  await dpage.click('button[type="submit"]');
  await dpage.waitForURL(url + "/people");
  assert.match(await dpage.textContent("table.people"), /ana/);
  await shoot(dpage, "people");
  await accessible(dpage, "the clinician's patients");
  await dpage.click('a[href="/people/ana/report"]');
  await dpage.waitForURL(url + "/people/ana/report");
  assert.match(await dpage.textContent("body"), /cramp/i);
  const denied = await dpage.evaluate(async () => (await fetch("/api/people/nobody/nights")).status);
  assert.equal(denied, 404);
  await doctor.close();
  const audit = JSON.parse(cli(["--person", "ana", "audit", "--json"]));
  assert.ok(audit.some((e) => e.action === "read" && e.actor === "drlee"), JSON.stringify(audit));
  const again = await phone();
  const apage = await again.newPage();
  await apage.goto(url + "/login");
  await apage.fill('input[name="name"]', "ana");
  await apage.fill('input[name="password"]', "ana's long password");
  await apage.click('button[type="submit"]');
  await apage.waitForURL(url + "/");
  await apage.click('a[href="/audit"]');
  await apage.waitForURL(url + "/audit");
  assert.match(await apage.textContent("table.audit"), /drlee/);
  await accessible(apage, "the audit log");
  await again.close();

  // An admin, added while the server runs, manages the accounts and reads no diary.
  cli(["accounts", "add", "kim", "--role", "admin"], "the admin's password\n");
  const admin = await phone();
  const kpage = await admin.newPage();
  await kpage.goto(url + "/login");
  await kpage.fill('input[name="name"]', "kim");
  await kpage.fill('input[name="password"]', "the admin's password");
  await kpage.click('button[type="submit"]');
  await kpage.waitForURL(url + "/admin");
  assert.match(await kpage.textContent("table.people"), /drlee\s*clinician/);
  await accessible(kpage, "the accounts");
  await kpage.fill('input[name="name"]', "drsmith");
  await kpage.selectOption('select[name="role"]', "clinician");
  await kpage.fill('input[name="password"]', "another long password");
  await kpage.click('button:has-text("Add")');
  await kpage.waitForURL(url + "/admin");
  assert.match(await kpage.textContent("table.people"), /drsmith\s*clinician/);
  await shoot(kpage, "admin");
  await kpage.click('button:has-text("Remove drsmith")');
  await kpage.waitForURL(url + "/admin");
  assert.doesNotMatch(await kpage.textContent("table.people"), /drsmith/);
  const diary = await kpage.evaluate(async () => (await fetch("/api/people/ana/nights")).status);
  assert.equal(diary, 404, "an admin reads no diary");
  await admin.close();
});

test("an experiment: started from the page, tonight's line on the home page, stopped", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "nightcramp-e2e-"));
  const now = "2026-12-03T09:00:00Z";
  const env = { ...process.env, NIGHTCRAMP_DB: path.join(dir, "diary.db"), NIGHTCRAMP_NOW: now, TZ: "UTC" };
  const cli = (args) => execFileSync(bin, args, { env, encoding: "utf8" });
  for (let day = 19; day <= 32; day++) {
    const night = day <= 30 ? `2026-11-${day}` : `2026-12-0${day - 30}`;
    if (day % 2 === 0) {
      const next = day + 1 <= 30 ? `2026-11-${day + 1}` : `2026-12-0${day + 1 - 30}`;
      cli(["cramp", "--at", `${next}T03:00`]);
    } else {
      cli(["night", "--none", "--date", night]);
    }
  }
  const url = await startServer({ NIGHTCRAMP_NOW: now, TZ: "UTC" }, dir);
  const context = await phone();
  const page = await context.newPage();
  await page.goto(url + "/experiment");
  await accessible(page, "experiment, before");
  await page.check('input[name="change"][value="massage"]');
  await page.click('#start-experiment button[type="submit"]');
  await page.waitForURL(url + "/experiment");
  assert.match(await page.textContent("#tonight"), /^Tonight: (massage your legs before bed|as usual)/);
  assert.equal(await page.locator("table.schedule tbody tr").count(), 8, "four pairs of periods");
  await shoot(page, "experiment");
  await accessible(page, "experiment, running");
  await page.goto(url + "/");
  assert.match(await page.textContent("#experiment-tonight"), /Tonight:/);
  const shown = await api(url, "/api/experiment");
  assert.equal(shown.change, "massage");
  await page.goto(url + "/experiment");
  await page.click("#stop-experiment");
  await page.waitForURL(url + "/experiment");
  assert.match(await page.textContent("#experiment"), /Stopped early by you/);
  await context.close();
});

test("in Spanish: the phone's language, the 3 AM flow, the morning, the day, the stretch, the guide, and a choice that sticks", async () => {
  const url = await startServer();
  const context = await phone("es-ES");
  const page = await context.newPage();
  await page.goto(url + "/");
  assert.equal(await page.getAttribute("html", "lang"), "es");
  assert.equal(await page.textContent("#cramp-now"), "Calambre ahora");
  await accessible(page, "inicio");
  await shoot(page, "es-home");
  // The 3 AM flow, its words from the page and the script.
  await page.click("#cramp-now");
  await page.waitForSelector("#timer", { state: "visible" });
  assert.match(await page.textContent(".tips"), /dedos/);
  assert.match(await page.textContent("#over-button"), /Ya pasó/);
  await page.click("#over-button");
  await page.waitForSelector("#details-form", { state: "visible" });
  assert.match(await page.textContent("#details-form"), /Lado[\s\S]*izquierda[\s\S]*Músculo[\s\S]*pantorrilla[\s\S]*Dolor, de 1 a 10/);
  await page.click('label:has(input[name="side"][value="right"])');
  await page.click('.pain >> text="6"');
  await accessible(page, "calambre, detalles");
  await shoot(page, "es-cramp-details");
  await page.click("#save-button");
  await page.waitForURL(url + "/?logged=1");
  assert.match(await page.textContent("[role=status]"), /Calambre anotado/);
  assert.equal((await api(url, "/api/episodes"))[0].side, "right", "the API speaks codes, whatever the page's language");
  // The morning and the day.
  await page.goto(url + "/morning");
  assert.match(await page.textContent("h1"), /¿Qué tal anoche\?/);
  await accessible(page, "mañana");
  await page.goto(url + "/day");
  assert.match(await page.textContent("main"), /horas de pie[\s\S]*Guardar el día/);
  await page.click('fieldset:has(legend:text("estiramientos antes de acostarse")) >> text=sí');
  await page.selectOption('select[name="sleep_position"]', { label: "de lado, con las piernas encogidas" });
  await page.click("#save-day");
  await page.waitForURL(/\/day\?date=.*&saved=1/);
  assert.match(await page.textContent("[role=status]"), /Guardado/);
  const date = new URL(page.url()).searchParams.get("date");
  const day = await api(url, `/api/days/${date}`);
  assert.deepEqual(day.factors, { stretched: true, sleep_position: "side_curled" });
  await accessible(page, "día");
  // The stretch countdown speaks Spanish once a side is done.
  await page.clock.install();
  await page.goto(url + "/stretch");
  assert.equal(await page.textContent("#stretch-side"), "Pierna izquierda atrás");
  await page.click("#stretch-start");
  await page.clock.runFor(31 * 1000);
  assert.equal(await page.textContent("#stretch-side"), "Hecho. Ahora: Pierna derecha atrás");
  assert.equal(await page.textContent("#stretch-start"), "Empezar el otro lado");
  await accessible(page, "estiramiento");
  // Insights, checkup, guide, plan and report, each read and checked.
  for (const [p, text] of [
    ["/insights", /noches anotadas/],
    ["/checkup?one_leg_swollen=yes", /URGENTE/],
    ["/guide", /Guía/],
    ["/plan", /Su plan/],
    ["/report", /Calambres nocturnos/],
  ]) {
    await page.goto(url + p);
    assert.equal(await page.getAttribute("html", "lang"), "es", p);
    assert.match(await page.textContent("body"), text, p);
    await accessible(page, p);
  }
  await shoot(page, "es-report");
  // An export's result and a damaged export's error, both in Spanish, the file by its own name.
  await page.goto(url + "/import");
  const record = (h) => `<Record type="HKQuantityTypeIdentifierStepCount" sourceName="Watch" unit="count" startDate="2026-11-02 ${h}:00:00 +0100" endDate="2026-11-02 ${h}:00:59 +0100" value="100"/>`;
  const good = `<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="es_ES">\n${record(10)}\n${record(11)}\n</HealthData>\n`;
  await page.setInputFiles("#import-file", { name: "exportar.xml", mimeType: "text/xml", buffer: Buffer.from(good) });
  await page.click("#import-start");
  await page.waitForSelector("#import-result li");
  assert.match(await page.textContent("#import-result"), /Exportación de Apple Salud: 1 día leído\./);
  await page.setInputFiles("#import-file", { name: "roto.xml", mimeType: "text/xml", buffer: Buffer.from(`<HealthData>\n${record(12)}\n`) });
  await page.click("#import-start");
  await page.waitForSelector("#import-result p.error");
  const error = await page.textContent("#import-result");
  assert.match(error, /^roto\.xml: .*No se importó nada\.$/, error);
  assert.doesNotMatch(error, /\/tmp|export ends|nothing/i, error);
  // Choosing German on the home page keeps it, whatever the phone says.
  await page.goto(url + "/");
  await page.selectOption("#language", "de");
  await page.click('#language-form button[type="submit"]');
  await page.waitForURL(url + "/");
  assert.equal(await page.getAttribute("html", "lang"), "de");
  assert.equal(await page.textContent("#cramp-now"), "Krampf jetzt");
  const other = await phone("fr-FR");
  const second = await other.newPage();
  await second.goto(url + "/");
  assert.equal(await second.getAttribute("html", "lang"), "de", "the profile's choice, in every browser");
  await other.close();
  await context.close();
});

// Last, after every screen above was used: nothing of ours was blocked by our own policy
// (a style or script the policy does not allow would be a broken page for the person).
test("no page broke its own content security policy", () => {
  assert.deepEqual(policyViolations, []);
});
