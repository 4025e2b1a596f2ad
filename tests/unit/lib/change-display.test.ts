import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RecordedChange } from '../../../src/edition/formats/changes.ts';
import { anchorNames, describeChange, placeLabel, showText } from '../../../src/lib/change-display.ts';

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

test('placeLabel: a change’s place as a reader names it, from the one table of section titles and document captions', () => {
  const names = anchorNames([{ sectionId: 'the-alliance', section: 'The Alliance' }, { sectionId: null, section: null }], [{ id: 'telegram', caption: 'Mao’s telegram.' }]);
  assert.equal(placeLabel({ chapter: null, anchor: null }, names), 'Title page');
  assert.equal(placeLabel({ chapter: 3, anchor: null }, names), 'Ch. 3, heading');
  assert.equal(placeLabel({ chapter: 3, anchor: 'p3-5' }, names), 'Ch. 3, ¶ 5');
  assert.equal(placeLabel({ chapter: 3, anchor: 'the-alliance' }, names), 'Ch. 3, The Alliance');
  assert.equal(placeLabel({ chapter: 3, anchor: 'telegram' }, names), 'Ch. 3, Mao’s telegram');
  assert.throws(() => placeLabel({ chapter: 3, anchor: 'nowhere' }, names), /changes\.json: a change is placed at “nowhere” in chapter 3/);
});
