/** Where the edition is served from: the bundle sits at the site's root, so its own address tells the base path. */
export const siteBase = new URL('.', import.meta.url);
