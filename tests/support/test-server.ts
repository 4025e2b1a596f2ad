/** Where the browser tests' own server listens (playwright.config.ts): PLAYWRIGHT_PORT lets two runs on one machine use separate servers. */
export const TEST_HOST = '127.0.0.1';
export const TEST_PORT = Number(process.env.PLAYWRIGHT_PORT ?? 4399);
/** The tests' origin; with SITE_URL unset it is also every page's own address, which citations and annotations name. */
export const TEST_ORIGIN = `http://${TEST_HOST}:${TEST_PORT}`;
