import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseHeadings } from '../../../scripts/importer/rules/normalise-headings.ts';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { doc } from '../helpers.ts';

const normalise = (text: string) => applySplices(text, normaliseHeadings.apply(doc(text)));

test('a bold level-3 section heading becomes a plain level-2 heading', () => {
  assert.equal(normalise('### **The Alliance’s Golden Years**\n\nText.\n'), '## The Alliance’s Golden Years\n\nText.\n');
});

test('a bold level-4 section heading becomes a plain level-2 heading', () => {
  assert.equal(normalise('#### **Further Deepening of the Crisis**\n\nText.\n'), '## Further Deepening of the Crisis\n\nText.\n');
});

test('a plain level-3 section heading only changes level', () => {
  const text = '### Accumulated Tension\n\nText.\n';
  assert.deepEqual(normaliseHeadings.apply(doc(text)), [{ rule: 'normalise-headings', offset: 0, before: '### ', after: '## ' }]);
});

test('a chapter heading becomes level 1', () => {
  assert.equal(normalise('## CHAPTER 4 CHINA’S STRATEGIES\n\nText.\n'), '# CHAPTER 4 CHINA’S STRATEGIES\n\nText.\n');
  assert.equal(normalise('Text.\n\n### CHAPTER 3 MAO’S REVOLUTION\n\nMore.\n'), 'Text.\n\n# CHAPTER 3 MAO’S REVOLUTION\n\nMore.\n');
});

test('headings already at the right level and paragraphs with bold are left alone', () => {
  assert.deepEqual(normaliseHeadings.apply(doc('# CHAPTER 4 X\n\n## Breakdown\n\nA **bold** claim.\n')), []);
});

test('bold around part of a heading is removed too', () => {
  assert.equal(normalise('# **Chapter 3** Mao’s Revolution\n\nText.\n'), '# Chapter 3 Mao’s Revolution\n\nText.\n');
  assert.equal(normalise('### The **Alliance** and *Its* Years\n\nText.\n'), '## The Alliance and *Its* Years\n\nText.\n');
});
