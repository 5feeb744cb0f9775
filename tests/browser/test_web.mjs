// test_web.mjs — the analysts' page in headless Chromium: a German spelling finds the listed
// entity with its explanation, its record opens, and the scan tab highlights the mentions.
// Usage: node test_web.mjs BASE_URL OUTPUT_DIR   (screenshots go to OUTPUT_DIR)
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const [base, outDir] = process.argv.slice(2);
let passed = 0, failed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; return; }
  failed++;
  console.log(`FAIL ${name}${detail === undefined ? "" : ": " + JSON.stringify(detail)}`);
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"], // root in CI; the page is our own
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("console", m => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", e => problems.push(String(e)));
  page.setDefaultTimeout(10000);
  await page.goto(base + "/");
  check("title", (await page.title()).startsWith("cordon"), await page.title());

  // ---- search a German spelling ----
  await page.fill("#q", "Alexander Lukaschenko");
  await page.selectOption("#type", "person");
  await page.click("#search-form button[type=submit]");
  const first = page.locator("#results .result").first();
  await first.waitFor();
  check("first result is Lukashenka", await first.getAttribute("data-id") === "watchlist:WL-0025",
        await first.getAttribute("data-id"));
  check("caption", (await first.locator(".caption").textContent()) === "LUKASHENKA, Alyaksandr Ryhorovich");
  check("match badge", (await first.locator(".badge").textContent()) === "MATCH");
  const width = await first.locator(".bar span").evaluate(e => e.style.width);
  check("score bar", /^(8[5-9]|9[0-9]|100)%$/.test(width), width);
  const rows = await first.locator("table.explain tbody tr").evaluateAll(
    trs => trs.map(tr => [...tr.children].map(td => td.textContent)));
  check("explanation: lukaschenko met lukashenko by spelling",
        rows.some(r => r[0] === "lukaschenko" && r[2] === "lukashenko" && r[3] === "spelling"), rows);
  check("explanation: alexander exact", rows.some(r => r[0] === "alexander" && r[3] === "exact"), rows);

  await first.click();
  const record = page.locator("#record");
  await record.locator("h2").waitFor();
  check("record title", (await record.locator("h2").textContent()) === "LUKASHENKA, Alyaksandr Ryhorovich");
  const recordText = await record.textContent();
  check("record programs", recordText.includes("EU-BELARUS"), recordText);
  check("record names", recordText.includes("Лукашенко Александр Григорьевич (original script)"), recordText);
  check("record list", /watchlist, version \S+/.test(recordText), recordText);
  await page.screenshot({ path: `${outDir}/web-search.png`, fullPage: true });

  // ---- scan text: offsets are bytes, the page must cut them right after non-ASCII text ----
  await page.click('#tabs [data-tab="scan"]');
  check("scan tab shown", await page.locator("#tab-scan").isVisible() && !(await page.locator("#tab-search").isVisible()));
  await page.fill("#scan-text", "Gestern empfing Wladimir Putin in Moskau den weißrussischen Machthaber Alexander " +
                                "Lukaschenko. Über Sanktionen wurde nicht gesprochen.");
  await page.click("#scan-form button[type=submit]");
  await page.locator("#scan-output mark").first().waitFor();
  const marks = await page.locator("#scan-output mark").evaluateAll(
    ms => ms.map(m => [m.textContent, m.dataset.id]));
  check("highlights", JSON.stringify(marks) === JSON.stringify(
    [["Wladimir Putin", "watchlist:WL-0001"], ["Alexander Lukaschenko", "watchlist:WL-0025"]]), marks);
  const output = await page.locator("#scan-output").textContent();
  check("text kept whole", output.endsWith("Über Sanktionen wurde nicht gesprochen."), output);
  check("entity summary", await page.locator("#scan-entities li").count() === 2);
  await page.locator("#scan-output mark").first().click();
  await page.locator("#scan-record h2").waitFor();
  check("scan record", (await page.locator("#scan-record h2").textContent()) === "PUTIN, Vladimir Vladimirovich");
  await page.screenshot({ path: `${outDir}/web-scan.png`, fullPage: true });
  check("no console errors (CSP, scripts)", problems.length === 0, problems);
} catch (e) {
  failed++;
  console.log("FAIL " + e);
} finally {
  await browser.close();
}
console.log(`test_browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
