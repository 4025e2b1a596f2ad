import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySplices, recordChanges, type Splice } from '../../scripts/importer/splice.ts';

const edit = (offset: number, before: string, after: string): Splice => ({ rule: 'test', offset, before, after });

test('replacements apply in offset order whatever order they are given in', () => {
  assert.equal(applySplices('abcdef', [edit(4, 'e', 'EE'), edit(1, 'b', 'B'), edit(2, 'cd', '')]), 'aBEEf');
});

test('no splices give the text back unchanged', () => {
  assert.equal(applySplices('abc', []), 'abc');
});

test('a move carries an edit made inside the moved text', () => {
  const text = 'one two three four';
  const move: Splice = { rule: 'test', offset: 4, before: 'two ', after: '', moveTo: 14 };
  assert.equal(applySplices(text, [move, edit(4, 'two', 'TWO')]), 'one three TWO four');
});

test('a move to the end of the text', () => {
  const text = 'A [fig] B';
  assert.equal(applySplices(text, [{ rule: 'test', offset: 1, before: ' [fig]', after: '', moveTo: text.length }]), 'A B [fig]');
});

test('overlapping replacements throw', () => {
  assert.throws(() => applySplices('abcdef', [edit(1, 'bc', 'X'), edit(2, 'c', 'Y')]), {
    message: 'editorial change by test at offset 2 overlaps another change',
  });
});

test('a replacement across the edge of a move throws', () => {
  const move: Splice = { rule: 'test', offset: 4, before: 'two ', after: '', moveTo: 14 };
  assert.throws(() => applySplices('one two three four', [move, edit(6, 'o t', 'X')]), /overlaps another change/);
});

test('a replacement that does not match the source throws', () => {
  assert.throws(() => applySplices('abc', [edit(1, 'x', 'y')]), { message: 'editorial change by test at offset 1 does not match the source' });
});

test('a move that does not match the source throws', () => {
  assert.throws(() => applySplices('one two three', [{ rule: 'test', offset: 4, before: 'TWO', after: '', moveTo: 8 }]), {
    message: 'move by test at offset 4 does not match the source',
  });
});

// A move to the very end once escaped the check (it lands after the main loop).
test('a move to the end that does not match the source throws', () => {
  assert.throws(() => applySplices('one two three', [{ rule: 'test', offset: 4, before: 'TWO', after: '', moveTo: 13 }]), {
    message: 'move by test at offset 4 does not match the source',
  });
});

test('recordChanges sorts by offset and gives 1-based line and column', () => {
  const text = 'ab\ncd\nef';
  assert.deepEqual(recordChanges(text, [edit(7, 'f', 'F'), edit(0, 'a', 'A'), edit(4, 'd', 'D')]), [
    { rule: 'test', offset: 0, before: 'a', after: 'A', line: 1, column: 1 },
    { rule: 'test', offset: 4, before: 'd', after: 'D', line: 2, column: 2 },
    { rule: 'test', offset: 7, before: 'f', after: 'F', line: 3, column: 2 },
  ]);
});

test('recordChanges puts a change at a newline on the line that newline ends', () => {
  assert.deepEqual(
    recordChanges('ab\n\ncd', [edit(2, '\n\n', ' ')]).map(({ line, column }) => [line, column]),
    [[1, 3]],
  );
});
