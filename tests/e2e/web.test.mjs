// End-to-end test of the web page in a real browser: Debian's Chromium driven by playwright-core.
// run.sh publishes and starts the host and sets BASE_URL and E2E_OUTPUT; see the README there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:5080';
const outputDir = process.env.E2E_OUTPUT ?? path.resolve('test-results');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const asOf = '2023-03-01';
const failsSample = '/samples/hlj-shared-base/application-fails.json';
const meetsSample = '/samples/hlj-shared-base/application-meets.json';

let context;
let page;
let userDataDir;
const browserErrors = [];

before(async () => {
  await mkdir(outputDir, { recursive: true });
  userDataDir = await mkdtemp(path.join(tmpdir(), 'lcr-e2e-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1366, height: 900 },
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => {
    // The 422 of the invalid-facts test is expected; Chromium logs every failed response.
    if (message.type() === 'error' && !/status of 422/.test(message.text())) browserErrors.push(message.text());
  });
  page.on('pageerror', (error) => browserErrors.push(error.message));
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});

after(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

/** The findings table as [ruleId, outcome] pairs, in order. */
async function findingsShown() {
  return page.$$eval('#findings tbody tr', (rows) => rows.map((r) => [r.dataset.ruleId, r.dataset.outcome]));
}

/** The same evaluation straight from the API, to hold the page to. */
async function findingsFromApi(samplePath) {
  const facts = await (await fetch(baseUrl + samplePath)).text();
  const response = await fetch(`${baseUrl}/programs/hlj-shared-base/evaluate?asOf=${asOf}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: facts,
  });
  assert.equal(response.status, 200);
  const report = await response.json();
  return { outcome: report.outcome, findings: report.findings.map((f) => [f.ruleId, f.outcome]) };
}

async function evaluateSample(samplePath) {
  await page.selectOption('#sample', samplePath);
  await page.waitForFunction(() => document.querySelector('#facts').value.length > 0 && document.querySelector('#program').value === 'hlj-shared-base');
  await page.fill('#as-of', asOf);
  await page.click('#evaluate');
  await page.waitForSelector('#report:not([hidden])');
  await page.waitForFunction((date) => document.querySelector('#report-meta').textContent.includes(date), asOf);
}

test('the page lists the catalog programmes and the shipped samples', async () => {
  const programs = await (await fetch(`${baseUrl}/programs`)).json();
  const options = await page.$$eval('#program option', (o) => o.map((x) => x.value));
  for (const p of programs.filter((x) => !x.isGoalSet)) assert.ok(options.includes(p.id), `programme ${p.id} is offered`);
  const samples = await page.$$eval('#sample option', (o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(samples.includes(failsSample) && samples.includes(meetsSample), `samples offered: ${samples.join(', ')}`);
});

test('evaluating the failing sample shows every finding with the outcome the API gives', async () => {
  await page.fill('#facts', '');
  await evaluateSample(failsSample);

  const expected = await findingsFromApi(failsSample);
  const shown = await findingsShown();
  assert.deepEqual(shown, expected.findings);
  assert.equal(expected.outcome, 'NotMet');
  assert.equal(await page.getAttribute('#outcome', 'data-outcome'), 'NotMet');
  // The shipped failing sample: 1,850 m² against 不少于 2000平方米, and its citation is shown verbatim.
  const area = page.locator('#findings tr[data-rule-id="HLJ-BASE-AREA"]');
  assert.equal(await area.getAttribute('data-outcome'), 'NotMet');
  assert.match(await area.textContent(), /建筑面积不少于2000平方米/);
  assert.match(await area.locator('.badge').textContent(), /不符合/);
  assert.equal(await page.$eval('#findings tr[data-rule-id="HLJ-BASE-AREA"] .badge', (b) => getComputedStyle(b).color), 'rgb(179, 38, 30)');
  await page.screenshot({ path: path.join(outputDir, 'evaluate-fails-zh.png'), fullPage: true });
});

test('switching to English re-renders the report without evaluating again', async () => {
  await page.click('#lang-en');
  assert.equal(await page.textContent('#findings thead th:nth-child(3)'), 'Outcome');
  assert.equal(await page.textContent('#outcome'), 'Not met');
  assert.match(await page.textContent('#findings tr[data-rule-id="HLJ-BASE-AREA"] td.message'), /Building area 1,850 m² is below the required at least 2,000 m²/);
  await page.screenshot({ path: path.join(outputDir, 'evaluate-fails-en.png'), fullPage: true });
});

test('evaluating the meeting sample shows every requirement met', async () => {
  await evaluateSample(meetsSample);

  const expected = await findingsFromApi(meetsSample);
  assert.deepEqual(await findingsShown(), expected.findings);
  assert.equal(await page.getAttribute('#outcome', 'data-outcome'), 'Met');
  assert.ok((await findingsShown()).every(([, outcome]) => outcome === 'Met' || outcome === 'NotApplicable'));
});

test('invalid facts list every problem with its JSON path', async () => {
  await page.fill('#facts', '{"baseName": 5, "foo": 1}');
  await page.click('#evaluate');
  await page.waitForSelector('#problems-section:not([hidden])');
  const problems = await page.$$eval('#problems tbody tr', (rows) => rows.map((r) => `${r.dataset.path} ${r.dataset.code}`));
  assert.ok(problems.includes('$.baseName type'), problems.join('; '));
  assert.ok(problems.includes('$.foo unknown-property'), problems.join('; '));
  assert.ok(problems.includes('$.operator required'), problems.join('; '));
  await page.screenshot({ path: path.join(outputDir, 'invalid-facts-en.png'), fullPage: true });
});

test('the goal-progress view draws one bar per goal of a shipped goal sample, as the API reports it', async () => {
  const goalSets = await (await fetch(`${baseUrl}/goals`)).json();
  assert.ok(goalSets.length > 0, 'the catalog has goal sets');
  const gz = goalSets.find((g) => g.programId === 'gz-goals');
  assert.ok(gz, 'the Guizhou goal set is listed');
  await page.click('#tab-goals');
  assert.equal(await page.isVisible('#goals-empty'), false);
  const sample = await page.$$eval('#goal-sample option', (o) => o.map((x) => x.value).find((v) => v.includes('/gz-goals/')));
  assert.ok(sample, 'a Guizhou figures sample is offered');
  await page.selectOption('#goal-sample', sample);
  await page.waitForFunction(() => document.querySelector('#goal-facts').value.length > 0);
  await page.selectOption('#goal-set', gz.url);
  await page.fill('#goal-as-of', '2024-06-30');
  await page.click('#goals-form button[type=submit]');
  await page.waitForSelector('#goal-result:not([hidden]) #goal-bars .bar-row');

  const facts = await (await fetch(`${baseUrl}${sample}`)).text();
  const response = await fetch(`${baseUrl}${gz.url}&asOf=2024-06-30`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: facts });
  assert.equal(response.status, 200);
  const progress = await response.json();
  const rows = await page.$$eval('#goal-bars .bar-row', (r) => r.map((x) => [x.dataset.indicator, x.dataset.status]));
  assert.deepEqual(rows, progress.goals.map((g) => [g.indicator, g.status]));
  await page.screenshot({ path: path.join(outputDir, 'goals.png'), fullPage: true });
  await page.click('#tab-evaluate');
});

test('on a 390 px phone: no horizontal scroll, the outcome visible, the Chinese view without English summaries', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await page.click('#lang-zh');
    await page.fill('#facts', '');
    await evaluateSample(failsSample);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page is ${width} px wide`);
    const badge = await page.locator('#findings tr[data-rule-id="HLJ-BASE-AREA"] .badge').boundingBox();
    assert.ok(badge && badge.x >= 0 && badge.x + badge.width <= 390, `the outcome badge is at ${JSON.stringify(badge)}`);
    assert.equal(await page.locator('#findings .summary').count(), 0);
    assert.match(await page.textContent('#failed-count'), /不符合 \d+ 条/);
    // Parameters with their unit; large amounts also in 万元.
    const area = await page.$$eval('#parameters tbody tr', (rows) => rows.map((r) => r.textContent).find((t) => t.startsWith('HLJ-BASE-AREA')));
    assert.match(area ?? '', /2,000 m²/);
    assert.match(await page.textContent('#findings tr[data-rule-id="HLJ-BASE-RETAIL"] td.numbers'), /万元/);
    // The month list wraps between months, never inside one (each date is one box on one line).
    const dates = await page.$$eval('#findings tr[data-rule-id="HLJ-BASE-TENANTS"] .notes .date', (spans) => spans.map((d) => d.getClientRects().length));
    assert.ok(dates.length >= 12, `the tenant notes show ${dates.length} dates`);
    assert.ok(dates.every((n) => n === 1), `a date broke across lines: ${JSON.stringify(dates)}`);
    await page.screenshot({ path: path.join(outputDir, 'evaluate-fails-zh-390px.png'), fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
});

test('an evaluation after the deadline says the programme is closed above the findings', async () => {
  await page.selectOption('#sample', meetsSample);
  await page.waitForFunction(() => document.querySelector('#facts').value.length > 0);
  await page.fill('#as-of', '2024-01-01');
  await page.click('#evaluate');
  await page.waitForFunction(() => document.querySelector('#report-meta').textContent.includes('2024-01-01'));
  assert.equal(await page.isVisible('#window'), true);
  assert.equal(await page.getAttribute('#window', 'data-status'), 'closed');
  assert.match(await page.textContent('#outcome'), /已截止/);
  await page.screenshot({ path: path.join(outputDir, 'evaluate-closed-zh.png'), fullPage: true });
});

test('the browser reported no script error or content-security-policy violation', () => {
  assert.deepEqual(browserErrors, []);
});
