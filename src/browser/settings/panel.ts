/**
 * The reader's settings panel (markup: src/components/ReaderSettings.astro,
 * hidden until the header's button opens it). Choices apply at once, to
 * <html>'s data attributes as the pre-paint script (prepaint.ts) sets them on
 * every later page, and are stored in this browser only.
 */
import { readStored, writeStored } from '../storage.ts';
import { PLACES_KEY } from '../reading/places.ts';
import { DEFAULTS, htmlAttributes, parseSettings, serializeSettings, SETTING_NAMES, SETTINGS_KEY, type Settings } from './model.ts';

/** Show `settings` on <html> (defaults as no attribute at all). */
export function applySettings(settings: Settings): void {
  for (const [name, value] of Object.entries(htmlAttributes(settings))) {
    if (value === null) document.documentElement.removeAttribute(name);
    else document.documentElement.setAttribute(name, value);
  }
  // A new text size may move the notes between margin and text: the loader's note controls listen for resizes.
  dispatchEvent(new Event('resize'));
}

const stored = () => parseSettings(readStored(SETTINGS_KEY));

function save(settings: Settings): void {
  writeStored(SETTINGS_KEY, serializeSettings(settings));
  applySettings(settings);
}

function check(form: HTMLFormElement, settings: Settings): void {
  for (const name of SETTING_NAMES) {
    for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === settings[name];
  }
}

const wired = new WeakSet<HTMLElement>();

/** A new text size moves the panel and its focused control (on a phone the header grows above it): keep that control in view. */
const keepFocusInView = () => requestAnimationFrame(() => (document.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' }));

function wire(panel: HTMLElement, button: HTMLElement): void {
  const form = panel.querySelector('form')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (!(SETTING_NAMES as string[]).includes(input.name)) return;
    save(parseSettings(JSON.stringify({ ...stored(), [input.name]: input.value })));
    status.textContent = '';
    keepFocusInView();
  });
  panel.addEventListener('click', (e) => {
    const action = (e.target as Element).closest('button')?.dataset.action;
    if (action === 'reset') {
      save(DEFAULTS);
      check(form, DEFAULTS);
      status.textContent = 'Settings reset to the edition’s defaults.';
      keepFocusInView();
    } else if (action === 'forget') {
      writeStored(PLACES_KEY, null);
      for (const offer of document.querySelectorAll<HTMLElement>('.continue-reading')) offer.hidden = true;
      status.textContent = 'Your place in every chapter is forgotten on this device.';
    } else if (action === 'close') close(panel, button);
  });
  // Escape closes it wherever focus is; so does moving focus out of it (Tab past its last control), which would otherwise leave it covering what has focus.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      e.preventDefault();
      close(panel, button);
    }
  });
  panel.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (!panel.hidden && to && !panel.contains(to) && to !== button) close(panel, button, false);
  });
}

function close(panel: HTMLElement, button: HTMLElement, refocus = true): void {
  panel.hidden = true;
  button.setAttribute('aria-expanded', 'false');
  if (refocus) button.focus();
}

/** Open the panel the button controls (or close it, if open), showing the stored choices. */
export function toggleSettings(button: HTMLElement): void {
  const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!panel) return;
  if (!panel.hidden) return close(panel, button);
  if (!wired.has(panel)) {
    wire(panel, button);
    wired.add(panel);
  }
  const form = panel.querySelector('form')!;
  check(form, stored());
  panel.querySelector<HTMLElement>('[role="status"]')!.textContent = '';
  panel.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  form.querySelector<HTMLInputElement>('input:checked')?.focus();
}
