/**
 * The annotation code's styles, adopted as a constructed stylesheet when the
 * code loads (no request, nothing inline for the Content Security Policy to
 * allow). Colours come from the page's custom properties (src/styles/global.css),
 * so light, dark and any later theme apply.
 */
import { ANNOTATE } from '../../edition/markup.ts';

const { mark, note, toolbar, lost } = ANNOTATE;

const CSS = `
mark.${mark} {
  background: var(--target-bg);
  color: inherit;
  box-shadow: inset 0 -0.14em 0 var(--muted);
  border-radius: 0.1em;
  cursor: pointer;
}
mark.${mark}[data-has-note] { box-shadow: inset 0 -0.14em 0 var(--link); }
mark.${mark}:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
/* What a screen reader says at a highlight's start and end; not shown, not copied, not in the reading text. */
mark.${mark}[data-first]::before, mark.${mark}[data-last]::after {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
mark.${mark}[data-first]::before { content: "[" attr(data-label) "] "; }
mark.${mark}[data-last]::after { content: " [end of highlight]"; }
.${toolbar} {
  position: absolute;
  z-index: 12;
  display: flex;
  flex-wrap: wrap;
  gap: 0.35rem;
  max-width: calc(100vw - 1rem);
  padding: 0.35rem;
  text-indent: 0;
  font-size: 0.85rem;
  line-height: 1.2;
  font-style: normal;
  font-weight: normal;
  letter-spacing: normal;
  user-select: none;
  -webkit-user-select: none;
}
.${toolbar} .button, .${note} .button, .${lost} .button { min-height: 2rem; min-width: 2rem; font-size: 0.85rem; line-height: 1.2; }
.${note} {
  display: block;
  margin: 0.6rem 0 0.8rem;
  padding: 0.5rem 0.75rem;
  border-left: 3px solid var(--link);
  background: var(--accent-bg);
  color: var(--fg);
  font-family: var(--sans);
  font-size: 0.85rem;
  font-style: normal;
  font-weight: normal;
  line-height: 1.4;
  text-indent: 0;
  text-align: left;
  hyphens: manual;
  user-select: none;
  -webkit-user-select: none;
}
.${note} .annotation-note-label { display: block; color: var(--muted); font-size: 0.75rem; }
.${note} .annotation-note-text { display: block; margin: 0.15rem 0 0.4rem; white-space: pre-wrap; overflow-wrap: anywhere; user-select: text; -webkit-user-select: text; }
.${note} .annotation-note-actions { display: flex; flex-wrap: wrap; gap: 0.35rem; }
.${note} textarea { display: block; width: 100%; min-height: 5rem; margin: 0.25rem 0 0.4rem; font-size: 0.9rem; }
@media (min-width: 64rem) {
  .${note}[data-in-margin] {
    position: absolute;
    width: var(--note-width);
    margin: 0;
  }
}
.${lost} {
  margin: 0 0 2rem;
  padding: 0.75rem 1rem;
  border: 1px solid var(--rule);
  border-left: 3px solid var(--focus);
  background: var(--accent-bg);
  font-family: var(--sans);
  font-size: 0.85rem;
  line-height: 1.45;
}
.${lost} h2 { margin: 0 0 0.5rem; font-size: 1rem; font-style: normal; font-weight: 600; }
.${lost} ul { margin: 0; padding: 0; list-style: none; }
.${lost} li { margin: 0.5rem 0; }
.${lost} blockquote { margin: 0 0 0.25rem; font-family: var(--serif); }
@media (forced-colors: active) {
  mark.${mark} { background: Mark; color: MarkText; }
  .${note}, .${lost} { border: 1px solid CanvasText; }
}
@media print {
  .${toolbar}, .${note} .annotation-note-actions, .${lost} { display: none; }
  mark.${mark} { background: none; box-shadow: none; text-decoration: underline; }
}
`;

let adopted = false;

export function adoptAnnotationStyles(): void {
  if (adopted) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
