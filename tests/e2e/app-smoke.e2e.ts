import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/server/content-security-policy';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { PROJECT_ROOT, serveApp, TEST_VERSION, type TestServer } from '../helpers/serve';

const SCREENSHOTS = join(PROJECT_ROOT, 'screenshots');

let server: TestServer;
let browser: TestBrowser;
let page: Page;
const cspViolations: string[] = [];

beforeAll(async () => {
  server = await serveApp();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the app in browser mode', () => {
  it('shows the product name and the version fetched over HTTP', async () => {
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Telaah');
    await expect
      .poll(() => page.getByTestId('app-status').textContent())
      .toBe(`Version ${TEST_VERSION}`);
  });

  it('offers a new, an existing or the sample project on the welcome screen', async () => {
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    expect(await page.getByLabel('Your name as coder').isVisible()).toBe(true);
    for (const name of ['New project', 'Open project', 'Open sample project']) {
      expect(await page.getByRole('button', { name, exact: true }).isEnabled()).toBe(true);
    }
  });

  it('removes the token from the address bar and keeps working after a reload', async () => {
    expect(page.url()).toBe(`${server.origin}/`);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('app-status').textContent())
      .toBe(`Version ${TEST_VERSION}`);
  });

  it('runs under the strict Content-Security-Policy, which blocks inline scripts', async () => {
    const response = await page.request.get(`${server.origin}/`);
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(cspViolations).toEqual([]);
    // In-page code is a string: this file is typechecked without the DOM library.
    const inline = await page.evaluate(`(async () => {
      const violated = new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve(event.effectiveDirective);
        });
      });
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inlineRan = "yes"';
      document.head.append(script);
      return { ran: document.body.dataset.inlineRan === 'yes', directive: await violated };
    })()`);
    expect(inline).toEqual({ ran: false, directive: 'script-src-elem' });
  });

  it('switches to Bahasa Indonesia and back, remembering the choice', async () => {
    await page.screenshot({ path: join(SCREENSHOTS, 'app-smoke-en.png') });
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Selamat datang');
    expect(await page.getByTestId('app-status').textContent()).toBe(`Versi ${TEST_VERSION}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.screenshot({ path: join(SCREENSHOTS, 'app-smoke-id.png') });

    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).textContent())
      .toBe('Selamat datang');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Welcome');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('refuses API calls without the token', async () => {
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'app.info', input: {} }),
      });
      return response.status;
    });
    expect(status).toBe(401);
  });

  it('shows a clear message when opened without the token', async () => {
    const fresh = await browser.context.newPage();
    try {
      await fresh.goto(server.origin);
      await fresh.evaluate('sessionStorage.clear()');
      await fresh.reload();
      await expect
        .poll(() => fresh.getByTestId('app-status').textContent())
        .toContain('access token');
    } finally {
      await fresh.close();
    }
  });
});
