/**
 * A page as it prints: Chromium's own PDF of it (A4), read back with pdftotext
 * (poppler-utils): the words on each page with their boxes, in points.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export interface PrintedWord {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

export interface Printed {
  pages: number;
  /** Page size in points. */
  width: number;
  height: number;
  words: PrintedWord[];
  /** The words of each line (same page, same baseline), left to right. */
  lines: PrintedWord[][];
  /** All the text, in reading order (pdftotext's own), superscripts in their lines. */
  text: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Prints the page (print media, A4, the stylesheet's own margins) and reads the PDF back. */
export async function printed(page: Page): Promise<Printed> {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const pdf = join(dir, 'page.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pageTags = [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)];
    const words: PrintedWord[] = [];
    xml.split('<page ').slice(1).forEach((chunk, i) => {
      for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push({ page: i + 1, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: unescape(m[5]!) });
      }
    });
    const byLine = new Map<string, PrintedWord[]>();
    for (const w of words) {
      const key = `${w.page}:${Math.round(w.y1)}`;
      byLine.set(key, [...(byLine.get(key) ?? []), w]);
    }
    const lines = [...byLine.values()]
      .map((ws) => ws.sort((a, b) => a.x0 - b.x0))
      .sort((a, b) => a[0]!.page - b[0]!.page || a[0]!.y1 - b[0]!.y1);
    return {
      pages: pageTags.length,
      width: Number(pageTags[0]?.[1] ?? 0),
      height: Number(pageTags[0]?.[2] ?? 0),
      words,
      lines,
      text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
