/** Lighthouse category scores (its default, mobile, settings) for a URL, in the system Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

export async function lighthouseScores(urls: string[], chromePath: string): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const out: Record<string, Scores> = {};
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = result?.lhr.categories ?? {};
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      out[url] = { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
    }
    return out;
  } finally {
    chrome.kill();
  }
}
