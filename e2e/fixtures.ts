/**
 * End-to-end fixtures: a real Daybook server on a fresh SQLite database, listening on a random
 * loopback port and serving the built web app, driven by Debian's Chromium through playwright-core.
 * Registration is open and mail goes to an in-memory outbox the tests can read.
 *
 * Without Chromium the suites are skipped locally (with a printed reason) and fail in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { createMemoryMailer, type MailMessage } from '../server/integrations/email/mailer.ts';
import { createTestApp, type TestApp } from '../test/app.ts';
import { chromiumPath } from '../test/services.ts';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const webRoot = path.join(repoRoot, 'web', 'dist');
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

export const isCI = process.env.CI === 'true';
const chromiumMissing = !existsSync(chromiumPath);
/** True when the browser suites should be skipped: locally, without Chromium. In CI they run and fail. */
export const skipWithoutBrowser = chromiumMissing && !isCI;
if (skipWithoutBrowser) {
  console.warn(`e2e: skipping browser tests: Chromium not found at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
}

export type Theme = 'light' | 'dark' | 'system';
export const themeStorageKey = 'daybook-theme';

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof viewports;

/** Builds web/dist when a web source is newer than it (fast no-op otherwise). */
function ensureWebBuild(): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-web.ts'), '--if-stale'], { cwd: repoRoot, stdio: 'inherit' });
  if (!existsSync(path.join(webRoot, 'index.html'))) throw new Error(`e2e: ${webRoot}/index.html is missing after the build.`);
}

export interface E2E {
  baseUrl: string;
  browser: Browser;
  testApp: TestApp;
  /** Every mail the server sent (verification, password reset), oldest first. */
  outbox: MailMessage[];
  close(): Promise<void>;
}

/**
 * A port nothing listens on right now. The server must know its port before it starts: better-auth
 * compares each request's Origin with PUBLIC_URL, which has to be the address the browser uses.
 */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface StartOptions {
  /** Settings for the server, over the defaults (e.g. REGISTRATION: 'invite'). */
  env?: Record<string, string>;
}

/** Starts the server and the browser; call from beforeAll and close in afterAll. */
export async function startE2E({ env = {} }: StartOptions = {}): Promise<E2E> {
  if (chromiumMissing) {
    throw new Error(`e2e: Chromium not found at ${chromiumPath}; CI=true requires it (apt-get install chromium, or set CHROMIUM_PATH).`);
  }
  ensureWebBuild();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const mailer = createMemoryMailer();
  const testApp = await createTestApp({ PORT: String(port), PUBLIC_URL: baseUrl, REGISTRATION: 'open', ...env }, { webRoot, mailer });
  let browser: Browser | undefined;
  try {
    await testApp.app.listen({ host: '127.0.0.1', port });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const launched = browser;
    return {
      baseUrl,
      browser: launched,
      testApp,
      outbox: mailer.outbox,
      close: async () => {
        await launched.close();
        await testApp.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await testApp.close();
    throw error;
  }
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, page errors, CSP violations and failed requests, as text. */
  problems: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: ViewportName;
  /** Saved before the first page load (only when nothing is saved yet, so toggles persist). */
  theme?: Theme;
  /** What the emulated system prefers. */
  colorScheme?: 'light' | 'dark';
}

// Runs in the page before its own scripts. Init scripts are injected by the browser's
// DevTools protocol, so the page's CSP does not apply to them.
const reportCspViolations = `document.addEventListener('securitypolicyviolation', (event) => {
  window.__reportCsp(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
});`;

function presetTheme(theme: Theme): string {
  return `try { if (!localStorage.getItem(${JSON.stringify(themeStorageKey)})) localStorage.setItem(${JSON.stringify(themeStorageKey)}, ${JSON.stringify(theme)}); } catch {}`;
}

/**
 * The app asks GET /api/v1/me who is signed in; a 401 is the normal answer for a signed-out
 * visitor, so it is not a problem (the browser still logs it as a failed resource load).
 */
function isSignedOutProbe(url: string, status: number): boolean {
  return status === 401 && new URL(url, 'http://x').pathname === '/api/v1/me';
}

/** A fresh browser context (empty storage) with one page whose problems are recorded. */
export async function openSession(e2e: E2E, options: SessionOptions = {}): Promise<Session> {
  const contextOptions: BrowserContextOptions = {
    baseURL: e2e.baseUrl,
    viewport: viewports[options.viewport ?? 'desktop'],
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  };
  const context = await e2e.browser.newContext(contextOptions);
  const problems: string[] = [];
  await context.exposeBinding('__reportCsp', (_source, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(reportCspViolations);
  if (options.theme) await context.addInitScript(presetTheme(options.theme));

  const page = await context.newPage();
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' && isSignedOutProbe(message.location().url, 401) && /\b401\b/.test(message.text())) return;
    if (type === 'error' || type === 'warning') problems.push(`console.${type}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Navigations away can abort a pending health poll; that is not a defect.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.request().method() === 'GET' && isSignedOutProbe(response.url(), response.status())) return;
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return { context, page, problems, close: () => context.close() };
}

/** Whether <html> has the `dark` class. */
export function isDark(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(`document.documentElement.classList.contains('dark')`);
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/**
 * Runs axe-core in the page and returns its serious and critical violations, described.
 * The source is evaluated through the DevTools protocol, which the page's CSP does not block
 * (a <script> tag with inline content would be).
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate<boolean>(`typeof window.axe === 'object'`);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate<AxeViolation[]>(`axe.run(document, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }).then((results) => results.violations)`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`).join('\n    ');
      return `${violation.impact}: ${violation.id} (${violation.help})\n    ${nodes}`;
    });
}

export interface ScreenshotOptions {
  /** Only this part of the page (e.g. one settings section). */
  of?: Locator;
  /** The viewport only, as a person sees it (e.g. with a modal dialog open); default: the full page. */
  viewportOnly?: boolean;
}

export async function saveScreenshot(page: Page, name: string, { of, viewportOnly = false }: ScreenshotOptions = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  // From the top: otherwise the sticky header (and the off-screen skip link) are drawn mid-page.
  if (!viewportOnly) await page.evaluate(`window.scrollTo(0, 0)`);
  // A part of the page is cut from the full page, so the sticky header stays at the top, not over it.
  const clip = of ? await of.boundingBox() : null;
  if (of && !clip) throw new Error(`e2e: nothing to screenshot for ${name}: the element is not visible`);
  await page.screenshot({ path: file, fullPage: !viewportOnly, animations: 'disabled', ...(clip ? { clip } : {}) });
  return file;
}
