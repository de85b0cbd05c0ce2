// The built app served as a user gets it: `vite build` into a temporary directory, `vite
// preview` on a free port, and real Chromium (browser.ts) to open pages on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser';

export interface AppServer {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export interface AppOptions {
  /**
   * Send a static host's CORS header to every origin, as GitHub Pages does: a page embedded
   * in a sandboxed frame (an opaque origin) loads its module scripts and workers only with
   * it. Without: vite preview's own default.
   */
  cors?: boolean;
}

export async function startApp({ cors = false }: AppOptions = {}): Promise<AppServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'descent-app-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, ...(cors && { cors: true }) },
  });
  const browser = await launchChromium();
  return {
    url: server.resolvedUrls!.local[0],
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built app for one test file: started before its tests, closed after them. Returns a
 * getter, since the app exists only once `beforeAll` has run.
 */
export function useApp(options?: AppOptions): () => AppServer {
  let app: AppServer | undefined;
  beforeAll(async () => {
    app = await startApp(options);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });
  return () => app!;
}

/** Waits until the page's run is built: the experiment on show is the one loaded. */
export async function ready(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('button', { name: 'Train', exact: true }).isEnabled(), {
      timeout: 20_000,
    })
    .toBe(true);
}
