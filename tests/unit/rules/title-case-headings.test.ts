import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capitalisedAbbreviations, titleCaseHeadings, titleCaseRuns } from '../../../scripts/importer/rules/title-case-headings.ts';
import { applySplices } from '../../../scripts/importer/splice.ts';
import { applyRuns, doc } from '../helpers.ts';

const titleCase = (title: string, keep: ReadonlySet<string> = new Set()) => applyRuns(title, titleCaseRuns(title, keep));

test('the chapter 3 title: minor words lower case, both parts of a compound capitalised', () => {
  assert.equal(
    titleCase("CHAPTER 3 MAO'S CONTINUOUS REVOLUTION AND THE RISE AND DEMISE OF THE SINO-SOVIET ALLIANCE, 1949–1963"),
    "Chapter 3 Mao's Continuous Revolution and the Rise and Demise of the Sino-Soviet Alliance, 1949–1963",
  );
});

test('the chapter 4 title', () => {
  assert.equal(titleCase("CHINA'S STRATEGIES TO END THE KOREAN WAR"), "China's Strategies to End the Korean War");
});

test('runs never include the apostrophe, which belongs to the quotation-mark rule', () => {
  assert.deepEqual(titleCaseRuns("MAO'S", new Set()), [
    { index: 0, before: 'MAO', after: 'Mao' },
    { index: 4, before: 'S', after: 's' },
  ]);
});

test('a minor word is capitalised when last or after a colon', () => {
  assert.equal(titleCase('WHAT THE ALLIANCE WAS FOR'), 'What the Alliance Was For');
  assert.equal(titleCase('THE ALLIANCE: AN ASSESSMENT'), 'The Alliance: An Assessment');
});

test('an abbreviation in the keep set stays in capitals', () => {
  assert.equal(titleCase('THE CCP AND THE WAR', new Set(['CCP'])), 'The CCP and the War');
  assert.equal(titleCase('THE CCP AND THE WAR'), 'The Ccp and the War');
});

test('capitalisedAbbreviations collects the capitalised words of two or more letters', () => {
  assert.deepEqual(capitalisedAbbreviations("The CCP's decision, the PRC and the U.S. in 1950. I agree; A-bomb."), new Set(['CCP', 'PRC']));
});

test('apply() title-cases capitalised headings and keeps abbreviations the prose uses', () => {
  const text = '## CHAPTER 4 CHINA’S STRATEGIES TO END THE KOREAN WAR, 1950–1953\n\nThe CCP leaders met.\n\n### THE CCP AND MOSCOW\n\n### Already Title Case\n';
  assert.equal(
    applySplices(text, titleCaseHeadings.apply(doc(text))),
    '## Chapter 4 China’s Strategies to End the Korean War, 1950–1953\n\nThe CCP leaders met.\n\n### The CCP and Moscow\n\n### Already Title Case\n',
  );
});

test('apply() title-cases the capitalised title-page lines and leaves the others', () => {
  const text = "**MAO'S CHINA AND  \nTHE COLD WAR**\n\n*John Lewis Gaddis, editor*\n\n### CHAPTER 3 X\n";
  assert.equal(
    applySplices(text, titleCaseHeadings.apply(doc(text))),
    "**Mao's China and  \nthe Cold War**\n\n*John Lewis Gaddis, editor*\n\n### Chapter 3 X\n",
  );
});
