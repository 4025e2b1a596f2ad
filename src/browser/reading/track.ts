/**
 * Where am I, where was I: while the reader scrolls a chapter, the paragraph
 * across the reading line is "here". Its section is marked current in the
 * chapter's contents (aria-current="location"), the status line says how far
 * through the chapter that is and about how long is left (words counted at
 * build time: edition/reading-time.ts), and the paragraph is remembered as the
 * chapter's place on this device. Nothing scrolls by itself.
 */
import { ATTR, CLASS } from '../../edition/markup.ts';
import { decodeParagraphWords, describeRemaining, progressAt } from '../../edition/reading-time.ts';
import { readStored, writeStored } from '../storage.ts';
import { parsePlaces, PLACES_KEY, serializePlaces, withPlace } from './places.ts';

/** How long the reader stays on a paragraph before it becomes the chapter's place (no writes at every frame). */
const SAVE_AFTER_MS = 800;
/**
 * The reading line, a quarter of the way down the window (a thin band, for the
 * IntersectionObserver): the heading or paragraph across it is where the reader
 * is. Between blocks (a heading's margin) the last one seen stays current.
 */
const READING_LINE = '-25% 0px -74% 0px';

let started = false;

function rememberPlace(paragraph: string): void {
  const places = withPlace(parsePlaces(readStored(PLACES_KEY)), paragraph, Date.now());
  writeStored(PLACES_KEY, serializePlaces(places));
}

const stickyHeight = (header: HTMLElement | null) =>
  header !== null && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;

/**
 * The sticky header's height and the status bar's, as CSS variables, so that targets and focus land clear of both.
 * The bar's height is reserved while it is hidden too: a Shift+Tab that scrolls up shows the bar, which would
 * otherwise cover the element just focused (WCAG 2.4.11).
 */
function measureBars(header: HTMLElement | null, status: HTMLElement): void {
  const root = document.documentElement.style;
  root.setProperty('--reading-bar-top', `${stickyHeight(header)}px`);
  const bar = getComputedStyle(status).position === 'fixed';
  root.setProperty('--reading-bar-height', `${bar ? status.getBoundingClientRect().height : 0}px`);
}

export function trackReading(): void {
  const article = document.querySelector<HTMLElement>(`[${ATTR.paragraphWords}]`);
  if (started || !article) return;
  started = true;
  const words = decodeParagraphWords(article.getAttribute(ATTR.paragraphWords) ?? '');
  const contents = document.querySelector<HTMLElement>(`.${CLASS.chapterContents}`);
  const status = document.querySelector<HTMLElement>(`[${ATTR.readingStatus}]`);
  const header = document.querySelector<HTMLElement>('.site-header');
  const links = new Map(
    [...(contents?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])].map((a) => [decodeURIComponent(a.hash.slice(1)), a]),
  );
  // Section headings and paragraphs, in reading order.
  const blocks = [...article.querySelectorAll<HTMLElement>('[id]')].filter((el) => words.before.has(el.id) || links.has(el.id));
  const statusSection = status?.querySelector<HTMLElement>('[data-section]');
  const statusProgress = status?.querySelector<HTMLElement>('[data-progress]');

  let current: HTMLElement | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let unsaved: string | null = null;
  const save = () => {
    clearTimeout(saveTimer);
    if (unsaved) rememberPlace(unsaved);
    unsaved = null;
  };

  const show = (block: HTMLElement) => {
    const i = blocks.indexOf(block);
    const paragraph = words.before.has(block.id) ? block : blocks.slice(i + 1).find((b) => words.before.has(b.id));
    const heading = links.has(block.id) ? block : block.closest(`.${CLASS.section}`)?.querySelector<HTMLElement>('h2[id]');
    const link = heading ? links.get(heading.id) : undefined;
    for (const a of links.values()) {
      if (a === link) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
    if (!paragraph) return;
    const progress = progressAt(words, paragraph.id);
    if (status && progress) {
      if (statusSection) statusSection.textContent = link?.textContent ?? 'Beginning of the chapter';
      if (statusProgress) statusProgress.textContent = `${progress.percent}% through · ${describeRemaining(progress.wordsLeft)}`;
    }
    clearTimeout(saveTimer);
    unsaved = paragraph.id;
    saveTimer = setTimeout(save, SAVE_AFTER_MS);
  };

  const inBand = new Set<Element>();
  const band = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) inBand.add(e.target);
        else inBand.delete(e.target);
      }
      const top = blocks.find((b) => inBand.has(b));
      if (top && top !== current) {
        current = top;
        show(top);
      }
    },
    { rootMargin: READING_LINE },
  );
  for (const b of blocks) band.observe(b);

  if (status) {
    status.hidden = false;
    measureBars(header, status);
    const resize = new ResizeObserver(() => measureBars(header, status));
    resize.observe(status);
    if (header) resize.observe(header);
    // The status bar (narrow layouts) shows when the reader scrolls back up a little, once the
    // contents at the chapter's top are out of sight: never over the text being read on the way
    // down, nor over a heading or paragraph just arrived at by a link.
    let pastContents = false;
    let lastY = scrollY;
    const showBar = (show: boolean) => {
      if (document.documentElement.hasAttribute('data-reading-bar') === show) return;
      document.documentElement.toggleAttribute('data-reading-bar', show);
      measureBars(header, status);
    };
    addEventListener(
      'scroll',
      () => {
        const y = scrollY;
        if (Math.abs(y - lastY) < 8) return;
        showBar(pastContents && y < lastY);
        lastY = y;
      },
      { passive: true },
    );
    if (contents) {
      new IntersectionObserver(([e]) => {
        pastContents = !e!.isIntersecting && e!.boundingClientRect.top < 0;
        if (!pastContents) showBar(false);
      }).observe(contents);
    }
    // The bar's Contents link opens the list it leads to.
    status.querySelector(`a[href="#${contents?.id}"]`)?.addEventListener('click', () => contents?.querySelector('details')?.setAttribute('open', ''));
  }
  // Leaving before the pause is up still keeps the place.
  addEventListener('pagehide', save);
}
