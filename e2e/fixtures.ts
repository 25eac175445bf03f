/**
 * The shared fixture for every spec: a guard, on automatically, that fails the test when
 *  - any request leaves the app's own origin (the app must work from a static host, offline, and
 *    must not leak what is being read to third parties), or
 *  - the page logs a console error or throws an uncaught exception.
 *
 * Requests are recorded on the browser context, so pages opened by the test (popups, new tabs) are
 * covered too. Off-origin requests are also aborted, so a regression cannot hang a test waiting on
 * a network the sandbox does not have.
 */
import { test as base, expect } from '@playwright/test';
import type { ConsoleMessage, Page } from '@playwright/test';

/** The one origin the app may talk to: the preview server from playwright.config.ts. */
export const APP_ORIGIN = `http://127.0.0.1:${process.env.REFRAIN_PORT ?? 4173}`;

/** Schemes that never leave the page (inline data, object URLs). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** True when a request URL stays within the app (same origin, or a scheme with no network). */
export function isOwnRequest(url: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === APP_ORIGIN || LOCAL_SCHEMES.has(u.protocol);
  } catch {
    return false;
  }
}

export interface Guard {
  /** Every URL requested in this test, in order, the service worker's precaching included. */
  requests: string[];
  /**
   * URLs the pages themselves asked for (served from the network or by the service worker), not
   * the service worker's own background precaching: what the app loads, for lazy-loading tests.
   */
  pageRequests: string[];
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

function describeConsole(msg: ConsoleMessage): string {
  const loc = msg.location();
  return `console.error: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context }, use) => {
      const guard: Guard = { requests: [], pageRequests: [], errors: [] };
      const offOrigin: string[] = [];
      await context.route(
        (url) => !isOwnRequest(url.href),
        (route) => route.abort('blockedbyclient'),
      );
      context.on('request', (req) => {
        guard.requests.push(req.url());
        if (!req.serviceWorker()) guard.pageRequests.push(req.url());
        if (!isOwnRequest(req.url())) offOrigin.push(`${req.method()} ${req.url()}`);
      });
      const watch = (page: Page): void => {
        page.on('console', (msg) => {
          if (msg.type() === 'error') guard.errors.push(describeConsole(msg));
        });
        page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);

      await use(guard);

      expect(offOrigin, 'requests outside the app origin').toEqual([]);
      expect(guard.errors, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
