import css from 'edition:search-css';

/**
 * The search code's styles (src/browser/search/search.css, minified at build time),
 * adopted as a constructed stylesheet once, when the code first loads: no
 * request of its own, and no inline <style> for the Content Security Policy to allow.
 */
export function adoptSearchStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
