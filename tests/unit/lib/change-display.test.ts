import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RecordedChange } from '../../../src/edition/formats/changes.ts';
import { describeChange, showText } from '../../../src/lib/change-display.ts';

const change = (before: string, after: string, extra: Partial<RecordedChange> = {}) =>
  ({ rule: 'r', offset: 0, before, after, line: 1, column: 1, where: { chapter: 3, anchor: 'p3-1' }, ...extra }) as RecordedChange;

test('showText: what a reader could not see is named: spaces at either end, breaks, no-break spaces, nothing', () => {
  assert.equal(showText(' — '), '[space]—[space]');
  assert.equal(showText(' '), '[space]');
  assert.equal(showText(''), '[nothing]');
  assert.equal(showText('anti-\nMarxist'), 'anti- [break] Marxist');
  assert.equal(showText('p.\u00a0…'), 'p.[no-break space]…');
});

test('describeChange: a spaced dash closed up shows its spaces going; a decision that changed nothing says it kept the text', () => {
  assert.equal(describeChange(change(' — ', '—')), '[space]—[space] → —');
  assert.equal(describeChange(change('-', '-')), '- kept as written');
  assert.equal(describeChange(change('"', '“')), '" → “');
});
