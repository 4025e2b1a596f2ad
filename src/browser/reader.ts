/**
 * The reader's own features, the bundle's second entry (dist/reader.js), so
 * that reading never downloads the search code. The inline loader imports it
 * when the reader opens the settings, first scrolls a chapter, presses a
 * reading shortcut, or has a place stored to offer "Continue reading".
 */
import { offerContinue as offer } from './reading/continue.ts';
import { siteBase } from './site-base.ts';

export { toggleSettings as openSettings } from './settings/panel.ts';
export { trackReading } from './reading/track.ts';
export { go } from './reading/keys.ts';

export const offerContinue = () => offer(siteBase);
