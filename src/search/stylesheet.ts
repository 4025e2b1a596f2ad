/** search-ui.css (bundled beside search-ui.js) is linked once, when the search code first loads. */
export function stylesheetReady(): Promise<void> {
  const href = new URL('search-ui.css', import.meta.url).href;
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.onload = () => resolve();
    link.onerror = () => resolve();
  });
  document.head.append(link);
  return loaded;
}
