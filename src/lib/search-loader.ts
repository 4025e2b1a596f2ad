/**
 * The only script on a reading page, inline and tiny (under 1 kB): it loads the
 * search code when the reader asks for search (the header link, Ctrl/Cmd+K),
 * arrives with words to highlight, or opens the search page. Kept as a string so
 * that astro.config.mjs can allow exactly this script in the Content Security
 * Policy by its hash.
 */
export const SEARCH_LOADER = `(() => {
  const src = document.currentScript.dataset.src;
  let ui;
  const load = () => (ui ??= import(src));
  const open = () => {
    const page = document.querySelector('form[data-search-page] input');
    if (page) page.focus();
    else load().then((m) => m.openDialog());
  };
  addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      open();
    }
  });
  addEventListener('click', (e) => {
    if (e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if (!e.target.closest('a[data-search-link]')) return;
    e.preventDefault();
    open();
  });
  document.querySelectorAll('[data-without-js]').forEach((el) => (el.hidden = true));
  const form = document.querySelector('form[data-search-page]');
  if (form) load().then((m) => m.mountSearchPage(form));
  if (new URLSearchParams(location.search).has('highlight')) load().then((m) => m.highlightFromUrl());
})();
`;
