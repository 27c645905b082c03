/**
 * The review console in headless Chromium against the real local stack (dynalite + fauxqs + the API and
 * worker handlers in-process): sign in, filter, keyboard navigation, the highlighted evidence, a decision
 * with its reason and audit entry, the dashboard updating, the English switch, a Changsha regulator kept
 * out of Suzhou, and the 768 px tablet layout. With RW_SCREENSHOTS=1 it also refreshes the screenshots of
 * the main screens in docs/screenshots/ (install fonts-noto-cjk first).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import { vendorConsoleAssets } from '#shared/review/console-assets.ts';
import { launchChromium } from '#test/browser/chromium.ts';
import { PLATFORM_A_ADS, PLATFORM_B_ADS } from '#test/browser/feed.ts';
import { api, postFeed, startTestStack, TOKENS, waitForResults } from '#test/helpers/local-stack.ts';

const SHOTS = process.env.RW_SCREENSHOTS === '1' ? 'docs/screenshots' : undefined;
let stack: LocalStack;
let browser: Browser;
const caseOf = new Map<string, string>();

beforeAll(async () => {
  vendorConsoleAssets('console');
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  [stack, browser] = await Promise.all([startTestStack({ consoleDir: 'console' }), launchChromium()]);
  await postFeed(stack, TOKENS.platformA, PLATFORM_A_ADS);
  await postFeed(stack, TOKENS.platformB, PLATFORM_B_ADS);
  const a = await waitForResults(
    stack,
    TOKENS.platformA,
    PLATFORM_A_ADS.map((x) => x.adId),
  );
  const b = await waitForResults(
    stack,
    TOKENS.platformB,
    PLATFORM_B_ADS.map((x) => x.adId),
  );
  for (const [adId, r] of [...a, ...b]) if (r.caseId) caseOf.set(adId, r.caseId);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Keeps a screenshot of a main screen when RW_SCREENSHOTS=1. */
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** The highlighted text of one rule's evidence: its marks, in document order, joined with '|' between spans. */
async function markedText(page: Page, rule: string): Promise<string> {
  const id = await page.getAttribute(`.finding[data-rule="${rule}"]`, 'data-finding');
  return page.$$eval(`mark.hl[data-findings~="${id}"]`, (marks) => {
    let out = '';
    let prev: Element | null = null;
    for (const m of marks) {
      // adjacent segments of one span are siblings with no text between them
      if (prev && prev.nextSibling !== m) out += '|';
      out += m.textContent ?? '';
      prev = m;
    }
    return out;
  });
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.goto(stack.url);
  await page.fill('#token', token);
  await page.click('#signin-form button[type=submit]');
  await page.waitForSelector('#queue-table tr.case-row');
}

/** English words the Chinese case page once showed (units, field names, raw catalogue prose and markdown). */
const ENGLISH_ON_ZH = [
  'month',
  'CNY',
  'description',
  '*',
  'No national',
  'Law',
  'Art.',
  'Workers',
  'Employers',
  'current',
];

/** No word of ENGLISH_ON_ZH in what the reader sees of an element. */
async function expectNoEnglish(page: Page, selector: string): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees (folded notes excluded) is the point
  const visible = await page.$eval(selector, (el) => (el as HTMLElement).innerText);
  for (const word of ENGLISH_ON_ZH) expect(visible, `${selector}: ${word}`).not.toContain(word);
}

/** Whether an element lies wholly inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

const tabCount = (page: Page, status: string) =>
  page.textContent(`.tab[data-status="${status}"] .count`).then((t) => Number(t));

describe('review console (national regulator, 1280 px)', () => {
  it('signs in, filters, opens a case by keyboard, decides with a reason, and the dashboard follows', {
    timeout: 45_000,
  }, async () => {
    expect([...caseOf.keys()].sort()).toEqual(['ui-cs-front', 'ui-cs-warehouse', 'ui-sz-operator', 'ui-sz-overseas']);
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    page.setDefaultTimeout(8_000);
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    page.on('console', (m) => {
      // the deliberate bad-token sign-in logs its 401; anything else (CSP violations included) is a failure
      if (m.type() === 'error' && !m.text().includes('401')) failures.push(m.text());
    });

    await page.goto(stack.url);
    await page.waitForSelector('#signin-form');
    expect(await page.textContent('#signin-form h1')).toBe('监管人员登录');
    await page.fill('#token', 'rw_not_a_token');
    await page.click('#signin-form button[type=submit]');
    await expect.poll(() => page.textContent('#signin-form .form-error')).toBe('令牌无效或已过期。');
    await shot(page, 'signin');

    await page.fill('#token', TOKENS.regulator);
    await page.click('#signin-form button[type=submit]');
    await page.waitForSelector('#queue-table tr.case-row');
    expect(await tabCount(page, 'all')).toBe(4);
    expect(await tabCount(page, 'open')).toBe(4);
    // worst first: the critical overseas-lure case heads the queue
    expect(await page.getAttribute('#queue-table tr.case-row >> nth=0', 'data-case-id')).toBe(
      caseOf.get('ui-sz-overseas'),
    );
    await shot(page, 'queue');
    await expectNoEnglish(page, '#app');

    await page.selectOption('#f-category', 'discrimination');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('#queue-table tr.case-row').length === 2);
    expect(await tabCount(page, 'all')).toBe(2);
    expect(page.url()).toContain('category=discrimination');

    // the export is the filtered queue, headed and labelled in Chinese for Excel
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = csv.slice(1).trimEnd().split('\n');
    expect(head).toMatch(/^案件编号,状态,严重程度,问题类别,/);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatch(/,待审核,(高|中|严重),[^,]*就业歧视/);

    // keyboard: j moves to the first row, j again to the second, Enter opens it
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-case-id'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('.case-view');
    expect(await page.getAttribute('.case-view', 'data-case-id')).toBe(second);
    expect(second).toBe(caseOf.get('ui-cs-front'));

    expect(await markedText(page, 'cn-gender')).toBe('限女性');
    expect(await markedText(page, 'cn-marital')).toBe('未婚');
    expect(await markedText(page, 'cn-appearance')).toContain('形象气质佳');
    expect(await page.textContent('.finding[data-rule="cn-gender"] .legal')).toContain('就业促进法');
    expect(await page.textContent('.finding[data-rule="cn-gender"] .suggestion')).not.toBe('');
    expect(await page.textContent('.employer-cases')).toContain('仓库理货员');
    await page.hover('.finding[data-rule="cn-gender"]');
    expect(await page.$$eval('mark.hl.active', (ms) => ms.map((m) => m.textContent))).toEqual(['限女性']);

    // the Chinese page speaks Chinese: unit codes translated, no English UI words, no raw markdown;
    // the catalogue's English notes stay folded (and are rendered as text, emphasis as <em>)
    const details = await page.textContent('.ad-details');
    for (const label of ['按月', '人民币', '中国']) expect(details).toContain(label);
    await expectNoEnglish(page, '.case-view');
    expect(await page.textContent('.finding[data-rule="cn-age"] .legal li strong')).toBe(
      '全国层面无明确条文（见英文原注）',
    );
    await page.click('.finding[data-rule="cn-age"] .legal-note summary');
    expect(await page.textContent('.finding[data-rule="cn-age"] .legal-note em')).toBe(
      'No national statute names age.',
    );
    expect(await page.textContent('.finding[data-rule="cn-gender"] .evidence')).toContain('职位描述 [');
    await page.click('.finding[data-rule="cn-age"] .legal-note summary');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'case', true);

    // a decision needs a reason of at least 2 characters; the console says which problem, before sending
    await page.click('button[data-decision="confirm"]');
    expect(await page.textContent('#decision .form-error')).toBe(
      '决定理由：必填 — 请说明作出该决定的原因（至少 2 个字）。',
    );
    await page.fill('#reason', ' 违 ');
    await page.click('button[data-decision="confirm"]');
    expect(await page.textContent('#decision .form-error')).toBe('决定理由：太短 — 请至少用 2 个字说明原因。');
    expect(await page.$$('.audit-entry')).toHaveLength(0);
    expect(await page.getAttribute('.case-view', 'data-version')).toBe('1');
    await page.fill('#reason', '广告限定女性、未婚，违反就业促进法第二十七条');
    await page.click('button[data-decision="confirm"]');
    await page.waitForSelector('.audit-entry');
    expect(await page.textContent('.audit-entry .reason')).toBe('广告限定女性、未婚，违反就业促进法第二十七条');
    expect(await page.textContent('.audit-entry')).toContain('regulator');
    expect(await page.textContent('.case-head .badge[class*="status-"]')).toBe('已确认违法');
    expect(await page.getAttribute('.case-view', 'data-version')).toBe('2');

    // Esc returns to the queue as it was left, filters included
    await page.click('.case-head h1');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#queue-table tr.case-row');
    expect(page.url()).toContain('category=discrimination');

    await page.click('a[data-nav="dashboard"]');
    await page.waitForSelector('#kpi-confirmed');
    expect(await page.textContent('#kpi-total .kpi-n')).toBe('4');
    expect(await page.textContent('#kpi-confirmed .kpi-n')).toBe('1');
    expect(await page.textContent('#kpi-open .kpi-n')).toBe('3');
    // Chart.js drew into every canvas (it sets the canvas size from its box)
    const drawn = await page.$$eval('canvas', (cs) => cs.map((c) => (c as HTMLCanvasElement).width > 0));
    expect(drawn).toEqual([true, true, true]);
    expect(await page.evaluate(() => typeof (window as unknown as { Chart?: unknown }).Chart)).toBe('function');
    await shot(page, 'dashboard', true);
    await expectNoEnglish(page, '#app');

    await page.click('#lang-switch');
    await page.waitForFunction(() => document.querySelector('.dashboard h1')?.textContent === 'Dashboard');
    expect(await page.textContent('a[data-nav="queue"]')).toBe('Case queue');
    await page.goto(`${stack.url}/#/case/${encodeURIComponent(caseOf.get('ui-sz-overseas') ?? '')}`);
    await page.waitForSelector('.case-view');
    expect(await page.textContent('#decision h2')).toBe('Decision');
    expect(await page.textContent('.ad-details')).toContain('per month');
    expect(await page.textContent('.finding .legal')).toMatch(/Art\. \d/);
    await shot(page, 'case-en', true);
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('review console (Changsha regulator, 768 px tablet)', () => {
  it('shows only Changsha cases, hides a Suzhou case behind "not found", and fits the tablet', {
    timeout: 45_000,
  }, async () => {
    const page = await browser.newPage({
      viewport: { width: 768, height: 1024 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    page.setDefaultTimeout(8_000);
    const reviewCalls: URL[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (/^\/v1\/(cases|stats)/.test(url.pathname)) reviewCalls.push(url);
    });
    await signIn(page, TOKENS.changsha);
    const ids = await page.$$eval('#queue-table tr.case-row', (rows) =>
      rows.map((r) => r.getAttribute('data-case-id')),
    );
    // the queue's counts and list are asked for in the browser's zone, as the dashboard's are
    expect(reviewCalls.length).toBeGreaterThanOrEqual(2);
    for (const u of reviewCalls) expect(u.searchParams.get('tz'), u.pathname).toBe('Asia/Shanghai');
    expect(ids.sort()).toEqual([caseOf.get('ui-cs-front'), caseOf.get('ui-cs-warehouse')].sort());
    expect(await tabCount(page, 'all')).toBe(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'queue-tablet');

    await page.goto(`${stack.url}/#/case/${encodeURIComponent(caseOf.get('ui-sz-operator') ?? '')}`);
    await page.waitForSelector('.error-box');
    expect(await page.textContent('.error-box')).toBe('案件不存在或不在您的辖区内。');

    await page.goto(`${stack.url}/#/case/${encodeURIComponent(caseOf.get('ui-cs-warehouse') ?? '')}`);
    await page.waitForSelector('mark.hl');
    expect((await markedText(page, 'fraud-fee')).split('|')).toEqual(['培训费', '服装押金']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, 'case-tablet');

    // the decision form sits below the findings here: a bar on screen reaches it in one tap, and D does too
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    if (!(await inViewport(page, 'button[data-decision="confirm"]'))) {
      expect(await inViewport(page, '#to-decision')).toBe(true);
    }
    await page.click('#to-decision');
    await expect.poll(() => inViewport(page, 'button[data-decision="confirm"]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason');
    await expect.poll(() => page.isVisible('#to-decision')).toBe(false);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await expect.poll(() => page.isVisible('#to-decision')).toBe(true);
    await page.keyboard.press('d');
    await expect.poll(() => inViewport(page, 'button[data-decision="confirm"]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason');

    // someone else decides meanwhile: this page's decision is refused and asks for a reload
    const warehouse = caseOf.get('ui-cs-warehouse') ?? '';
    const other = await api(stack, 'POST', `/v1/cases/${encodeURIComponent(warehouse)}/decisions`, TOKENS.regulator, {
      decision: 'escalate',
      reason: '多地同类收费，移交执法',
      expectedVersion: 1,
    });
    expect(other.status).toBe(200);
    await page.fill('#reason', '收取培训费和押金');
    await page.click('button[data-decision="confirm"]');
    await page.waitForSelector('#decision .form-error button');
    expect(await page.textContent('#decision .form-error')).toContain('该案件已被他人更新');
    await page.click('#decision .form-error button');
    await page.waitForSelector('.audit-entry');
    expect(await page.textContent('.audit-entry .reason')).toBe('多地同类收费，移交执法');
    expect(await page.$$('.audit-entry')).toHaveLength(1);

    // the dashboard on the tablet: Changsha's two cases only, every chart drawn, nothing wider than the screen
    await page.click('a[data-nav="dashboard"]');
    await page.waitForSelector('#kpi-escalated');
    expect(await page.textContent('#kpi-total .kpi-n')).toBe('2');
    expect(await page.textContent('#kpi-escalated .kpi-n')).toBe('1');
    expect(await page.textContent('#kpi-confirmed .kpi-n')).toBe('1'); // decided in the 1280 px test
    expect(await page.textContent('#kpi-open .kpi-n')).toBe('0');
    const drawn = await page.$$eval('canvas', (cs) => cs.map((c) => (c as HTMLCanvasElement).width > 0));
    expect(drawn).toEqual([true, true, true]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, 'dashboard-tablet', true);
    await page.close();
  });
});
