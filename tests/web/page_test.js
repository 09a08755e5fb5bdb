// Drives the page of `vanban serve` in headless Chromium and asserts on what a person sees:
// search without diacritics, a filter, a document with its values highlighted, a citation
// link followed to the cited document, and markup inside a document shown as text.
// Usage (tests/web/run.sh): node page_test.js URL CHROMIUM
'use strict';
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const {chromium} = require('playwright-core');

const [url, executablePath] = process.argv.slice(2);
const TIMEOUT = 20000;

function step(name) { console.log('web test: ' + name); }

// The last day a deadline value (record.schema.json) stands for, as YYYY-MM-DD; null for a
// span after an event or a recurrence. Month ends are taken as the 31st: an upper bound.
function lastDay(value) {
  const quarterEnds = {Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31', H1: '06-30', H2: '12-31'};
  let m;
  if ((m = value.match(/^\d{4}-\d{2}-\d{2}$/))) return value;
  if ((m = value.match(/^(\d{4}-\d{2})$/))) return m[1] + '-31';
  if ((m = value.match(/^(\d{4})-([QH]\d)$/))) return m[1] + '-' + quarterEnds[m[2]];
  if ((m = value.match(/^(\d{4})$/))) return m[1] + '-12-31';
  return null;
}

// The text of each cell of the results table, row by row.
async function resultRows(page) {
  return page.$$eval('#results tbody tr',
                     (rows) => rows.map((row) => Array.from(row.cells, (cell) => cell.innerText)));
}

async function search(page, fields) {
  const before = await page.evaluate(() => location.hash);
  for (const [name, value] of Object.entries(fields)) {
    const input = page.locator(`#search-form [name=${name}]`);
    if ((await input.evaluate((node) => node.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  await page.click('#search-form button[type=submit]');
  await page.waitForFunction((old) => location.hash !== old, before, {timeout: TIMEOUT});
  // The results shown are those of this search once the status says it shows this hash.
  await page.waitForFunction(
      () => document.getElementById('search-status').dataset.shows === location.hash, null,
      {timeout: TIMEOUT});
  return resultRows(page);
}

async function main() {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // As root (CI) Chromium refuses to start without this.
    args: process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [],
  });
  const problems = [];
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (error) => problems.push('page error: ' + error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push('console error: ' + message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(response.status() + ' for ' + response.url());
    });
    await page.goto(url);
    await page.waitForSelector('#search-view:not([hidden])');
    await page.waitForFunction(
        () => document.querySelectorAll('#search-form select[name=type] option').length > 5);

    step('search without diacritics');
    let rows = await search(page, {q: 'dong nai'});
    assert.ok(rows.length > 0, 'no result for "dong nai"');
    assert.ok(rows.some(([agency, , , , doc]) => agency.includes('Ủy ban nhân dân tỉnh Đồng Nai') &&
                                                 doc.includes('11414/VPCP-CN')),
              'the Đồng Nai task of 11414/VPCP-CN is not listed: ' + JSON.stringify(rows));
    const marks = await page.$$eval('#results td.action mark', (nodes) => nodes.map((n) => n.textContent));
    assert.ok(marks.length > 0, 'the matched words are not marked in the actions');

    step('filter: lead agencies, due before 2025-12-05');
    rows = await search(page, {q: '', role: 'lead', due_before: '2025-12-05'});
    assert.ok(rows.length > 0, 'no result for the filter');
    for (const [, roles, , deadline] of rows) {
      assert.ok(roles.includes('lead'), 'a row without a lead agency: ' + roles);
      const end = lastDay(deadline.trim().split('\n').pop());
      assert.ok(end && end <= '2025-12-05', 'a deadline ending after 2025-12-05: ' + deadline);
    }
    assert.ok(rows.some((row) => row[3].includes('2025-11-30')), 'the 30/11 deadline is missing');
    assert.match(page.url(), /due_before=2025-12-05/);

    step('open a document from the results');
    const row224 = page.locator('#results tbody tr', {hasText: '224/CĐ-TTg'}).first();
    await row224.locator('a.doc-link').click();
    await page.waitForSelector('#document-view:not([hidden])');
    await page.waitForFunction(() => document.getElementById('doc-title').textContent.includes('224/CĐ-TTg'));
    await page.waitForSelector('#doc-text mark');
    const highlighted = await page.$$eval('#doc-text mark, #doc-text a.hl-ref', (nodes) =>
        nodes.map((n) => ({kind: n.className, text: n.textContent})));
    const has = (kind, text) => highlighted.some((h) => h.kind === kind && h.text.includes(text));
    assert.ok(has('hl-field', '224/CĐ-TTg'), 'the number is not highlighted');
    assert.ok(has('hl-deadline', 'trước ngày 03 tháng 12 năm 2025'), 'the 03/12 deadline is not highlighted');
    assert.ok(has('hl-agency', 'Bộ Tài chính'), 'Bộ Tài chính is not highlighted as an agency');
    assert.ok(has('hl-ref', '627/TB-VPCP'), 'the citation of 627/TB-VPCP is not a link');
    const text = await page.locator('#doc-text').innerText();
    assert.ok(text.includes('Thủ tướng Chính phủ'), 'the document text is not shown');

    step('follow the citation of 627/TB-VPCP');
    await page.locator('#doc-text a.hl-ref', {hasText: '627/TB-VPCP'}).first().click();
    await page.waitForFunction(() => document.getElementById('doc-title').textContent.includes('627/TB-VPCP'));
    const citedBy = await page.locator('#doc-cited-by').innerText();
    assert.ok(citedBy.includes('224/CĐ-TTg'), 'cited-by does not list 224/CĐ-TTg: ' + citedBy);

    step('back to the citing document through "cited by"');
    await page.locator('#doc-cited-by a', {hasText: '224/CĐ-TTg'}).click();
    await page.waitForFunction(() => document.getElementById('doc-title').textContent.includes('224/CĐ-TTg'));

    step('markup in a document is shown as text');
    const markup = fs.readFileSync(path.join(__dirname, 'data', 'cv-markup-in-text.txt'));
    const markupId = crypto.createHash('sha256').update(markup).digest('hex');
    await page.goto(url + '#/doc/' + markupId);
    await page.waitForFunction(() => document.getElementById('doc-title').textContent.includes('77/UBND-VP'));
    const shown = await page.locator('#doc-text').innerText();
    assert.ok(shown.includes('<script>window.vanbanInjected=2</script>'), 'the script tag is not shown as text');
    assert.equal(await page.locator('#document-view script, #document-view img').count(), 0);
    assert.equal(await page.evaluate(() => window.vanbanInjected), undefined, 'markup from a document ran');
  } finally {
    await browser.close();
  }
  assert.deepEqual(problems, [], 'the page reported errors');
  console.log('web test: all steps passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
