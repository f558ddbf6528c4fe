/** axe-core run inside the page under test. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core over the whole page. Injected through the DevTools protocol
 * (page.evaluate), which the page's own Content-Security-Policy does not
 * block, so the page is checked exactly as residents get it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate<AxeViolation[]>(`(async () => {
    const results = await axe.run(document);
    return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  })()`);
}
