/** Lighthouse (its default mobile settings) in the system Chromium: the median of `runs` runs per page, scores and LCP, TBT, CLS. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './report.ts';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  runs: number;
}

export async function lighthouseMedians(urls: string[], chromePath: string, runs = 3): Promise<Record<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const out: Record<string, LighthouseResult> = {};
    for (const url of urls) {
      const each: Omit<LighthouseResult, 'runs'>[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!result) throw new Error(`lighthouse: no result for ${url}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
        each.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
          lcpMs: value('largest-contentful-paint'),
          tbtMs: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
        });
      }
      const m = <K extends keyof Omit<LighthouseResult, 'runs'>>(k: K) => median(each.map((e) => e[k]));
      out[url] = { performance: m('performance'), accessibility: m('accessibility'), 'best-practices': m('best-practices'), seo: m('seo'), lcpMs: m('lcpMs'), tbtMs: m('tbtMs'), cls: m('cls'), runs };
    }
    return out;
  } finally {
    chrome.kill();
  }
}
