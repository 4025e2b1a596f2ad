/**
 * The second inline script, in <head>: before anything is painted it shows the
 * reader's stored choices on <html> (data-theme="dark", data-size="150", …;
 * CSS does the rest) and marks that scripts run (data-js), so the settings
 * button appears without a shift. Only valid, non-default values are applied:
 * an old or damaged store changes nothing. Tiny and written tersely; kept as a
 * string so that the Content Security Policy allows exactly it by its hash.
 */
import { DEFAULTS, SETTING_NAMES, SETTINGS, SETTINGS_KEY } from './model.ts';

/** The attribute that says scripts run on this page (set before the first paint). */
export const JS_ATTRIBUTE = 'data-js';

const choices = Object.fromEntries(SETTING_NAMES.map((n) => [n, SETTINGS[n].values.filter((v) => v !== DEFAULTS[n])]));

export const PREPAINT = `(()=>{const d=document.documentElement;d.setAttribute('${JS_ATTRIBUTE}','');try{const s=JSON.parse(localStorage.getItem('${SETTINGS_KEY}'))||{},v=${JSON.stringify(choices)};for(const k in v)v[k].includes(s[k])&&d.setAttribute('data-'+k,s[k])}catch{}})();`;
