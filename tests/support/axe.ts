// axe-core in the page under test: WCAG 2.1 A and AA rules, violations as readable lines.
// Pages must be opened with AUDIT (browser.ts): the site's CSP would refuse the script.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from './paths.ts';

const AXE_SOURCE = readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeRun = { violations: { id: string; nodes: { target: string[] }[] }[] };

let served: Promise<string> | undefined;

/**
 * axe's script at a URL of its own (127.0.0.1, cacheable): the pages of a browser context load
 * it once and then from the browser's cache, compiled once, instead of receiving its 550 kB as
 * text at every audit (docs/benchmarks.md). One server per test process, never holding it open.
 */
export function axeScriptUrl(): Promise<string> {
  served ??= new Promise((resolve, reject) => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' });
      res.end(AXE_SOURCE);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/axe.min.js`);
    });
  });
  return served;
}

/** Audit the page as loaded now; each violation is "label: rule (first targets)". */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ url: await axeScriptUrl() });
  // Only the violations leave the page: axe's whole result (every rule that passed, with the
  // markup of each node) cost a third of an audit's CPU to send back (docs/benchmarks.md).
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeRun> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, WCAG_21_AA);
  return violations.map((v) => `${label}: ${v.id} (${v.targets.join(', ')})`);
}
