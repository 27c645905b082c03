/**
 * The console's AWS sign-in in headless Chromium: config.json names a user pool, "sign in with your
 * account" goes to the hosted UI with a PKCE challenge, the redirect back is exchanged (with the verifier)
 * for an ID token at the token endpoint, and the console uses it as its credential; sign-out ends the
 * hosted UI's session. The hosted UI and token endpoint are Playwright routes (no network); the token
 * endpoint hands back a demo regulator token as the "ID token", which the local API accepts — the
 * authorizer's own ID-token verification is tested in test/functions/authorizer*.test.ts.
 */
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import { vendorConsoleAssets } from '#shared/review/console-assets.ts';
import { launchChromium } from '#test/browser/chromium.ts';
import { startTestStack, TOKENS } from '#test/helpers/local-stack.ts';

const DOMAIN = 'https://rw-test.auth.ap-east-1.amazoncognito.com';
const CLIENT_ID = '4sconsoleclient0000000000a';

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  vendorConsoleAssets('console');
  [stack, browser] = await Promise.all([startTestStack({ consoleDir: 'console' }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Seen {
  authorize: URL[];
  token: URLSearchParams[];
  logout: URL[];
  errors: string[];
}

async function hostedUiPage(): Promise<{ page: Page; seen: Seen }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
  page.setDefaultTimeout(8_000);
  const seen: Seen = { authorize: [], token: [], logout: [], errors: [] };
  const home = `${stack.url}/`;
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  await page.route(`${stack.url}/config.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ auth: { kind: 'cognito', domain: DOMAIN, clientId: CLIENT_ID, redirectUri: home } }),
    }),
  );
  await page.route(`${DOMAIN}/oauth2/authorize?*`, (route) => {
    const url = new URL(route.request().url());
    seen.authorize.push(url);
    const back = `${home}?${new URLSearchParams({ code: 'c0de-from-cognito', state: url.searchParams.get('state') ?? '' })}`;
    return route.fulfill({ status: 302, headers: { location: back } });
  });
  await page.route(`${DOMAIN}/oauth2/token`, (route) => {
    seen.token.push(new URLSearchParams(route.request().postData() ?? ''));
    return route.fulfill({
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({
        id_token: TOKENS.regulator,
        access_token: 'unused',
        token_type: 'Bearer',
        expires_in: 3600,
      }),
    });
  });
  await page.route(`${DOMAIN}/logout?*`, (route) => {
    seen.logout.push(new URL(route.request().url()));
    return route.fulfill({ status: 302, headers: { location: home } });
  });
  return { page, seen };
}

describe('console sign-in through the user pool (AWS configuration)', () => {
  it('runs the code flow with PKCE, keeps the ID token for the session, and signs out of the hosted UI', {
    timeout: 30_000,
  }, async () => {
    const { page, seen } = await hostedUiPage();
    await page.goto(stack.url);
    await page.waitForSelector('#signin-account');
    expect(await page.textContent('#signin-account')).toBe('使用账号登录');
    expect(await page.isVisible('#signin-form .hint >> text=rw_demo_regulator')).toBe(false);
    expect(await page.isVisible('#token')).toBe(true); // an API token still works

    await page.click('#signin-account');
    await page.waitForSelector('#sign-out:not([hidden])');
    await page.waitForSelector('#queue-table, .empty, .error-box', { state: 'attached' });

    expect(seen.authorize).toHaveLength(1);
    const authorize = seen.authorize[0] as URL;
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: `${stack.url}/`,
      code_challenge_method: 'S256',
    });
    expect(seen.token).toHaveLength(1);
    const exchange = seen.token[0] as URLSearchParams;
    expect(exchange.get('code')).toBe('c0de-from-cognito');
    expect(exchange.get('grant_type')).toBe('authorization_code');
    const verifier = exchange.get('code_verifier') ?? '';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(
      authorize.searchParams.get('code_challenge'),
    );

    expect(new URL(page.url()).search).toBe(''); // code and state gone from the address bar
    expect(await page.evaluate(() => sessionStorage.getItem('rw.token'))).toBe(TOKENS.regulator);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('rw.oidc')))).toEqual([]);
    expect(await page.textContent('#who')).not.toBe('');

    await page.click('#sign-out');
    await page.waitForSelector('#signin-account');
    expect(seen.logout.map((u) => Object.fromEntries(u.searchParams))).toEqual([
      { client_id: CLIENT_ID, logout_uri: `${stack.url}/` },
    ]);
    expect(await page.evaluate(() => sessionStorage.getItem('rw.token'))).toBeNull();
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('refuses a redirect whose state it did not issue, without calling the token endpoint', async () => {
    const { page, seen } = await hostedUiPage();
    await page.goto(`${stack.url}/?code=stolen&state=forged`);
    await expect.poll(() => page.textContent('#signin-form .form-error')).toBe('登录未完成，请重试。');
    expect(seen.token).toHaveLength(0);
    expect(await page.evaluate(() => sessionStorage.getItem('rw.token'))).toBeNull();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('console sign-in on the local stack', () => {
  it('shows the demo-token hint and no account button', async () => {
    const page = await browser.newPage();
    await page.goto(stack.url);
    await page.waitForSelector('#signin-form .hint:not([hidden])');
    expect(await page.textContent('#signin-form .hint')).toContain('rw_demo_regulator');
    expect(await page.$('#signin-account')).toBeNull();
    await page.close();
  });
});
