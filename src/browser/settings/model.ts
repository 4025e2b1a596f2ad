/**
 * The reader's display settings: what each one may be, its default, and how a
 * stored choice is read back. Pure (no DOM): the pre-paint script, the panel and
 * the tests share it. A choice is shown on <html> as a data attribute
 * (data-size="150"), and only when it differs from the default, so that a reader
 * who chose nothing gets exactly the edition's own page.
 */

export const SETTINGS = {
  /** Root font size, as a percentage of the browser's own (every rem scales with it). */
  size: {
    label: 'Text size',
    default: '100',
    values: ['87.5', '100', '112.5', '125', '150', '175', '200'],
    names: { '87.5': '88%', '100': '100%', '112.5': '113%', '125': '125%', '150': '150%', '175': '175%', '200': '200%' },
  },
  font: {
    label: 'Typeface',
    default: 'serif',
    values: ['serif', 'sans'],
    names: { serif: 'Serif', sans: 'Sans-serif' },
  },
  /** Line height of the reading text (see --leading in global.css). */
  leading: {
    label: 'Line spacing',
    default: 'normal',
    values: ['snug', 'normal', 'relaxed', 'loose'],
    names: { snug: 'Snug', normal: 'Normal', relaxed: 'Relaxed', loose: 'Loose' },
  },
  /** Auto follows the system's light or dark preference, as the edition always has. */
  theme: {
    label: 'Theme',
    default: 'auto',
    values: ['auto', 'light', 'sepia', 'dark'],
    names: { auto: 'Auto (as the system)', light: 'Light', sepia: 'Sepia', dark: 'Dark' },
  },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { [K in SettingName]: (typeof SETTINGS)[K]['values'][number] };

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** The panel's id (src/components/ReaderSettings.astro), which the header's button controls. */
export const SETTINGS_PANEL_ID = 'reader-settings';

/** Where the choices are kept (localStorage; nothing leaves the browser). */
export const SETTINGS_KEY = 'edition-settings';

/** The attribute on <html> that shows setting `name`: data-size, data-font, … */
export const settingAttribute = (name: SettingName) => `data-${name}`;

export const DEFAULTS = Object.fromEntries(SETTING_NAMES.map((n) => [n, SETTINGS[n].default])) as Settings;

const isValue = <K extends SettingName>(name: K, value: unknown): value is Settings[K] =>
  (SETTINGS[name].values as readonly unknown[]).includes(value);

/**
 * The settings stored as `raw` (a JSON string, or null when nothing is stored).
 * Never throws: unreadable JSON, an unknown setting or a value from an older
 * version falls back to the default, setting by setting.
 */
export function parseSettings(raw: string | null | undefined): Settings {
  let stored: unknown = null;
  try {
    stored = raw ? JSON.parse(raw) : null;
  } catch {
    stored = null;
  }
  const record = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const out = { ...DEFAULTS } as Record<SettingName, string>;
  for (const name of SETTING_NAMES) if (isValue(name, record[name])) out[name] = record[name] as string;
  return out as Settings;
}

/** What is stored: only the choices that differ from the default (so "Reset" stores nothing). */
export function serializeSettings(settings: Settings): string | null {
  const changed = Object.fromEntries(SETTING_NAMES.filter((n) => settings[n] !== DEFAULTS[n]).map((n) => [n, settings[n]]));
  return Object.keys(changed).length ? JSON.stringify(changed) : null;
}

/** The data attributes <html> carries for these settings: defaults are left off. */
export function htmlAttributes(settings: Settings): Record<string, string | null> {
  return Object.fromEntries(SETTING_NAMES.map((n) => [settingAttribute(n), settings[n] === DEFAULTS[n] ? null : settings[n]]));
}
