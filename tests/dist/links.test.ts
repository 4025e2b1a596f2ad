/** Link integrity of the built site: every internal link, asset and #fragment resolves. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLinks } from '../support/links.ts';

test('every internal link, asset and fragment in dist/ resolves: 0 broken', () => {
  const report = checkLinks('dist');
  console.log(`links: ${report.checked} internal references checked, ${report.broken.length} broken`);
  assert.ok(report.checked > 400, `only ${report.checked} references found: is dist/ built?`);
  assert.deepEqual(report.broken, []);
});
