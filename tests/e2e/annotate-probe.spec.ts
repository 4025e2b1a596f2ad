import { expect, test } from '@playwright/test';
for (const vp of [{ width: 1440, height: 900 }, { width: 375, height: 740 }]) {
  test(`shot ${vp.width}`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: vp });
    const page = await ctx.newPage();
    await page.goto('/chapter-3/');
    const p = page.locator('#p3-4');
    const box = (await p.boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 40, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/ann-toolbar-${vp.width}.png` });
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.keyboard.type('A note on the terms, long enough to wrap over a couple of lines in the margin.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/ann-note-${vp.width}.png` });
    await ctx.close();
  });
}
