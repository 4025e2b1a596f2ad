/**
 * The web app manifest, which makes the edition installable, and its icons,
 * all drawn from the edition's own mark (public/favicon.svg): the mark itself,
 * and for launchers that crop icons to a shape ("maskable") the same mark
 * shrunk into the safe zone (the middle 80%) on its own ground colour. Pure.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

export const MASKABLE_ICON = 'icon-maskable.svg';

/** The mark's ground and figure colours, from its first <rect> and its <text>. */
export function markColours(svg: string): { ground: string; figure: string } {
  const tree: Root = fromHtml(svg, { fragment: true });
  const fill = (selector: string) => {
    const value = (select(selector, tree) as Element | undefined)?.properties.fill;
    if (typeof value !== 'string') throw new Error(`public/favicon.svg: no fill on its ${selector}`);
    return value;
  };
  return { ground: fill('rect'), figure: fill('text') };
}

/** The mark, shrunk into the maskable safe zone on a full-bleed ground. */
export function maskableIcon(svg: string): string {
  const tree: Root = fromHtml(svg, { fragment: true });
  const root = select('svg', tree) as Element | undefined;
  const viewBox = root?.properties.viewBox;
  const box = typeof viewBox === 'string' ? viewBox.split(/\s+/).map(Number) : [];
  if (!root || box.length !== 4 || box.some(Number.isNaN)) throw new Error('public/favicon.svg: expected an <svg> with a viewBox');
  const [x, y, w, hgt] = box;
  const { ground } = markColours(svg);
  const inner = toHtml(root.children, { space: 'svg' });
  const scale = 0.8;
  const at = (origin: number, size: number) => Number((origin + (size * (1 - scale)) / 2).toFixed(4));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.join(' ')}"><rect x="${x}" y="${y}" width="${w}" height="${hgt}" fill="${ground}"/><g transform="translate(${at(x, w)} ${at(y, hgt)}) scale(${scale})">${inner}</g></svg>\n`;
}

export interface ManifestFacts {
  name: string;
  description: string;
  /** The icon file (public/favicon.svg) as served: "favicon.svg". */
  icon: string;
  svg: string;
}

/** manifest.webmanifest; its URLs are relative to it, so it works under any base path. */
export function webManifest({ name, description, icon, svg }: ManifestFacts): string {
  const { ground, figure } = markColours(svg);
  const manifest = {
    id: './',
    name,
    description,
    lang: 'en',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'minimal-ui',
    // The mark's two colours: its figure's is also the pages' paper.
    background_color: figure,
    theme_color: ground,
    icons: [
      { src: icon, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: MASKABLE_ICON, sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
