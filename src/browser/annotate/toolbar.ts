/**
 * The small toolbar offered for a selection in the reading text (or a
 * highlight): one tab stop, arrow keys between its buttons (the ARIA toolbar
 * pattern), Escape to close. It sits in the DOM right after the selected words,
 * so Tab from the selection reaches it, and is drawn below them (above when
 * there is no room), never over them.
 */
import { ANNOTATE, ATTR } from '../../edition/markup.ts';

export interface Action {
  label: string;
  run: () => void;
}

let current: HTMLElement | null = null;

export const toolbarShown = () => current !== null;
/** The toolbar shown now, if any. */
export const currentToolbar = () => current;
export const isInToolbar = (n: Node | null) => !!current && !!n && current.contains(n);

export function hideToolbar(): void {
  const parent = current?.parentNode;
  current?.remove();
  current = null;
  parent?.normalize();
}

/** Where an absolutely positioned child of `el`'s container has its origin, in viewport coordinates. */
function originOf(el: HTMLElement): { x: number; y: number } {
  const parent = el.offsetParent as HTMLElement | null;
  if (!parent || getComputedStyle(parent).position === 'static') return { x: -scrollX, y: -scrollY };
  const r = parent.getBoundingClientRect();
  return { x: r.left + parent.clientLeft, y: r.top + parent.clientTop };
}

/** Place `el` (absolutely positioned) below the rectangles, or above them when the viewport has no room below. */
export function placeBeside(el: HTMLElement, rects: DOMRect[], gap = 8): void {
  const first = rects[0];
  const last = rects.at(-1) ?? first;
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const { width, height } = el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const below = bottom + gap + height <= innerHeight || top - gap - height < 0;
  const y = below ? bottom + gap : top - gap - height;
  const x = Math.max(8, Math.min((below ? last.left : first.left) - 4, vw - width - 8));
  const o = originOf(el);
  el.style.left = `${x - o.x}px`;
  el.style.top = `${y - o.y}px`;
}

/** Show the toolbar after `range`'s end, with these actions; `label` names it for assistive technology. */
export function showToolbar(range: Range, label: string, actions: Action[], onClose: () => void): HTMLElement {
  hideToolbar();
  const bar = document.createElement('span');
  bar.className = `${ANNOTATE.toolbar} panel`;
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', label);
  bar.setAttribute(ATTR.pagefindIgnore, '');
  actions.forEach((a, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button';
    b.textContent = a.label;
    b.tabIndex = i === 0 ? 0 : -1;
    // Pressing a button must not clear the selection it acts on.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => a.run());
    bar.append(b);
  });
  bar.addEventListener('keydown', (e) => {
    const buttons = [...bar.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const to = (j: number) => {
      buttons.forEach((b, k) => (b.tabIndex = k === j ? 0 : -1));
      buttons[j]?.focus();
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') to((i + 1) % buttons.length);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') to((i - 1 + buttons.length) % buttons.length);
    else if (e.key === 'Home') to(0);
    else if (e.key === 'End') to(buttons.length - 1);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  });
  // Right after the selected words in the DOM: the next Tab from the selection lands here.
  const end = range.endContainer;
  const link = (end.nodeType === Node.TEXT_NODE ? end.parentElement : (end as Element))?.closest('a');
  if (link) link.after(bar);
  else if (end.nodeType === Node.TEXT_NODE) {
    const text = end as Text;
    const after = range.endOffset < text.length ? text.splitText(range.endOffset) : null;
    text.parentNode?.insertBefore(bar, after ?? text.nextSibling);
  } else end.insertBefore(bar, end.childNodes[range.endOffset] ?? null);
  current = bar;
  placeBeside(bar, [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0));
  return bar;
}
