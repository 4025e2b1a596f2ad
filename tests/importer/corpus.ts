/**
 * Damaged and unusual sources, one per kind: each must give a correct edition
 * (the reader gets exactly the source's words, changed only by recorded
 * changes, and nothing the source did not ask for) or a located error with
 * nothing written. Most are the small fixture with one thing changed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nodeTypes } from '../support/import-reading.ts';
import { MINI_SOURCE } from './cli.ts';

export const mini = readFileSync(MINI_SOURCE, 'utf8');

export interface CorpusCase {
  kind: string;
  content: string | Buffer;
  /** A correct edition; `check` looks further at what was written (its MDX files' bodies, joined). */
  expect: { edition: true; check?: (mdx: string) => void } | { error: RegExp; at: { line: number; column: number } };
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

function replaced(find: string, replacement: string): string {
  assert.ok(mini.includes(find), `the fixture lacks ${find}`);
  return mini.replace(find, replacement);
}

const OPENING = 'No other event during the Cold War';
/** The fixture with `text` as a paragraph of its own before chapter 3's first paragraph. */
const withParagraph = (text: string) => replaced(OPENING, `${text}\n\n${OPENING}`);

const CHAPTER_3 = '### CHAPTER 3 MAO\'S CONTINUOUS REVOLUTION AND THE RISE AND DEMISE OF THE SINO-SOVIET ALLIANCE, 1949–1963';
const CHAPTER_4 = "\n### CHAPTER 4 CHINA'S STRATEGIES TO END THE KOREAN WAR, 1950–1953\n\nWhen China entered the Korean War in October 1950, Mao intended to win.<sup>1</sup>\n";
const TELEGRAM =
  '非但波夫同志。\n\n十一月一日電收到。~~我們認為~~我們決定用志願軍名義派一部分軍隊至朝鮮境內。\n\n毛澤東  \n一九五〇年十月二日\n\n' +
  "The first and last pages of the handwritten draft of Mao Zedong's telegram to Stalin, 2 October 1950. CCP Central Archives.\n\n";
const GOLDEN = 'The alliance was one of';

/** An error at the first occurrence of `marker` in `content` (as decoded). */
function errorAt(content: string, marker: string, error: RegExp): CorpusCase['expect'] {
  const at = content.indexOf(marker);
  assert.ok(at !== -1, `no ${marker} in the case`);
  return { error, at: lineColumn(content, at) };
}

/** An error at the `occurrence`th `marker` in `content`, or at offset `marker`. */
function errorCase(kind: string, content: string, marker: string | number, error: RegExp, occurrence = 1): CorpusCase {
  let at = typeof marker === 'number' ? marker : -1;
  for (let k = 0; typeof marker === 'string' && k < occurrence; k++) at = content.indexOf(marker, at + 1);
  assert.ok(at !== -1, `${kind}: no ${marker}`);
  return { kind, content, expect: { error, at: lineColumn(content, at) } };
}

const edition = (kind: string, content: string | Buffer, check?: (mdx: string) => void): CorpusCase => ({ kind, content, expect: { edition: true, check } });

const noLink = (mdx: string) => {
  const types = nodeTypes(mdx);
  for (const t of ['link', 'image', 'linkReference', 'imageReference', 'definition']) assert.ok(!types.has(t), `MDX reads a ${t}`);
};

const bytes = (text: string) => Buffer.from(text, 'utf8');
const badByteAt = mini.indexOf('did not trust');
const emDashAt = Buffer.byteLength(mini.slice(0, mini.lastIndexOf('—')));

const duplicateChapter3 = (() => {
  const start = mini.indexOf(CHAPTER_3);
  const end = mini.indexOf('### The "Lean');
  return `${mini.slice(0, end)}${mini.slice(start, end)}${mini.slice(end)}`;
})();

export const CORPUS: CorpusCase[] = [
  // Bytes and characters
  errorCase('an empty file', '', 0, /the source is empty$/),
  errorCase('only blank lines and spaces', '\n  \n\t\n', 0, /the source is empty$/),
  { kind: 'a byte that is not UTF-8', content: Buffer.concat([bytes(mini.slice(0, badByteAt)), Buffer.from([0xff]), bytes(mini.slice(badByteAt))]), expect: errorAt(mini, 'did not trust', /not valid UTF-8/) },
  {
    kind: 'a file cut off inside a character',
    content: bytes(mini).subarray(0, emDashAt + 2),
    expect: { error: /not valid UTF-8/, at: lineColumn(mini, mini.lastIndexOf('—')) },
  },
  { kind: 'a UTF-16 file', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(mini, 'utf16le')]), expect: { error: /UTF-16.*save it as UTF-8$/, at: { line: 1, column: 1 } } },
  errorCase('a NUL byte', replaced('famous', 'fam\u0000ous'), '\u0000', /a NUL byte \(U\+0000\)/),
  errorCase('a byte-order mark in mid-file (two files joined)', replaced(CHAPTER_3, `\uFEFF${CHAPTER_3}`), '\uFEFF', /a byte-order mark \(U\+FEFF\) inside the text/),
  errorCase('a form feed (a page break left in)', replaced('\n\n### The "Lean', '\n\f\n### The "Lean'), '\f', /a form feed \(U\+000C\)/),
  errorCase('another control character (ESC)', replaced('famous', 'famous\u001b[0m'), '\u001b', /a control character \(U\+001B\)/),
  edition('a byte-order mark at the start', `\uFEFF${mini}`),
  edition('Windows line endings (CRLF)', mini.replace(/\n/g, '\r\n')),
  edition('old Mac line endings (CR)', mini.replace(/\n/g, '\r')),
  edition('a literal U+FFFD replacement character', withParagraph('The archive copy reads “\uFFFD” where the ink has faded.'), (mdx) => assert.match(mdx, /\uFFFD/)),
  edition('tabs, combining marks, characters outside the BMP, emoji, bidi controls, trailing spaces', withParagraph('Tabs\there, Mao Ze\u0301dong, \u{20000}, 🙂 and \u202Eright-to-left\u202C text.   ')),
  edition('a Chinese name in characters inside an English paragraph', withParagraph('Mao Zedong (毛澤東) signed it himself.'), (mdx) => assert.doesNotMatch(mdx, /<Document/)),

  // The book's structure
  errorCase('no chapter heading', mini.replace(/^### CHAPTER 3 .*\n/m, ''), mini.replace(/^### CHAPTER 3 .*\n/m, '').length, /no chapter heading/),
  errorCase('only a chapter heading', `${CHAPTER_3}\n`, CHAPTER_3, /chapter 3 has no text after its heading$/),
  errorCase('only a title page', mini.slice(0, mini.indexOf('and sabotage')), mini.indexOf('and sabotage'), /no chapter heading/),
  errorCase('a chapter number repeated', replaced('### The "Lean', '### CHAPTER 3 AGAIN\n\nMore text.\n\n### The "Lean'), '### CHAPTER 3 AGAIN', /chapter 3 repeats \(its heading is also at line 19\)$/),
  errorCase('a whole chapter duplicated (its notes restart at 1)', duplicateChapter3, CHAPTER_3, /chapter 3 repeats \(its heading is also at line 19\)$/, 2),
  errorCase('chapter numbers going down', `${mini}\n### CHAPTER 2 EARLIER\n\nText of chapter two.\n`, '### CHAPTER 2', /chapter 2 follows chapter 3: chapter numbers must increase$/),
  errorCase('CHAPTER 1 as the first heading, with text before it', replaced(CHAPTER_3, CHAPTER_3.replace('3', '1')), 'and sabotage', /it would belong to a chapter 0: is a heading missing or misnumbered\?$/),
  errorCase('a chapter 0', `${CHAPTER_3.replace('3', '0')}\n\nText.\n`, '###', /chapter 0: chapter numbers start at 1$/),
  errorCase('a chapter numbered in roman numerals', replaced(CHAPTER_3, CHAPTER_3.replace('3', 'III')), '### CHAPTER III', /roman numerals \(III\)/),
  errorCase('a chapter with no text', `${mini}${CHAPTER_4.replace(/\n\nWhen[\s\S]*$/, '\n')}\n### CHAPTER 5 LATER\n\nText.\n`, '### CHAPTER 4', /chapter 4 has no text after its heading$/),
  errorCase('a section heading repeated', replaced('### **The Alliance', '### The "Lean-to-One-Side" Approach\n\nAgain.\n\n### **The Alliance'), '### The "Lean', /the section “The “Lean-to-One-Side” Approach” repeats in chapter 3 \(its heading is also at line 27\)$/, 2),
  errorCase('two section titles with the same address', replaced('### **The Alliance', '### The Lean-to-One-Side Approach!\n\nAgain.\n\n### **The Alliance'), '### The Lean', /repeats in chapter 3 \(its heading is also at line 27\)$/),
  errorCase('a section heading with no text under it', replaced('### **The Alliance', '### A Heading Split\n\n### **The Alliance'), '### A Heading', /the section “A Heading Split” has no text before the next heading$/),
  errorCase('a section heading of punctuation only', replaced('### **The Alliance', '### * * *\n\nText.\n\n### **The Alliance'), '### * * *', /has no letters or digits to make its address from$/),
  errorCase('a note marker in a heading', replaced('### The "Lean-to-One-Side" Approach', '### The "Lean-to-One-Side" Approach<sup>2</sup>').replace('Union.<sup>2</sup>', 'Union.'), '<sup>2', /a note marker in a heading/),
  edition('a section heading before the first chapter heading', replaced('and sabotage', '### The Tail of a Section\n\nand sabotage')),
  edition('a heading with no blank line before or after it', replaced('\n\n### The "Lean-to-One-Side" Approach\n\n', '\n### The "Lean-to-One-Side" Approach\n'), (mdx) => {
    // A heading of its own (not "\### …" escaped inside the paragraph before it).
    assert.match(mdx, /^## The “Lean-to-One-Side” Approach$/m);
    assert.doesNotMatch(mdx, /\\#/);
  }),
  edition('no title page', mini.slice(mini.indexOf(CHAPTER_3))),
  edition('chapter headings at other levels, partly bold, with a colon', `${replaced(CHAPTER_3, '# **CHAPTER 3:** MAO\'S CONTINUOUS REVOLUTION')}${CHAPTER_4.replace('###', '####')}`),
  edition('a transcribed document (Chinese) with its caption', replaced(GOLDEN, `${TELEGRAM}${GOLDEN}`), (mdx) => assert.match(mdx, /<Document id=\{"telegram-1950-10-02"\} \/>/)),
  errorCase('two documents with the same kind and date', replaced(GOLDEN, `${TELEGRAM}A paragraph between them.\n\n${TELEGRAM}${GOLDEN}`), '非但', /a second document with the id telegram-1950-10-02 \(the same kind and date in its caption as the one at line \d+\)$/, 2),

  // Note markers
  errorCase('a note number out of sequence', replaced('<sup>3</sup>', '<sup>5</sup>'), '<sup>5', /note 5 is out of sequence: expected note 3$/),
  errorCase('a note number repeated', replaced('<sup>3</sup>', '<sup>2</sup>'), '<sup>2</sup>', /note 2 repeats \(it already appears at line 29\)$/, 2),
  errorCase('a file cut off inside a note marker', mini.slice(0, mini.indexOf('<sup>4</sup>') + 6), mini.indexOf('<sup>4</sup>'), /an incomplete note marker/),
  errorCase('a note marker that is not a number', replaced('<sup>3</sup>', '<sup>a</sup>'), '<sup>a', /an incomplete note marker: expected <sup>N<\/sup>/),
  errorCase('a note marker in capitals', replaced('<sup>3</sup>', '<SUP>3</SUP>'), '<SUP>', /an incomplete note marker/),

  // Inline markup
  errorCase('an unclosed *', replaced('or later.', '*or later.'), '*or', /unclosed \* \(italics\) in this paragraph$/),
  errorCase('an unclosed **', replaced('or later.', '**or later.'), '**or', /unclosed \*\* \(bold\) in this paragraph$/),
  errorCase('an unclosed ~~', replaced('or later.', '~~or later.'), '~~', /unclosed ~~ \(strikethrough\) in this paragraph$/),
  errorCase('three asterisks (bold italics?)', replaced('famous', '***famous***'), '***', /3 asterisks in a row/),
  errorCase('an unknown HTML tag', replaced('famous', '<span>famous</span>'), '<span>', /unknown HTML tag <span>/),
  errorCase('a <script> element', withParagraph('<script>alert(1)</script>'), '<script>', /unknown HTML tag <script>/),
  errorCase('an HTML comment', withParagraph('Text <!-- page 87 --> more.'), '<!--', /an HTML comment/),
  edition('“<” as text: a < b, x<3, <http://example.org>', withParagraph('If a < b and x<3, see <http://example.org> and a << b >> c.'), (mdx) => assert.match(mdx, /a \\< b/)),
  edition(
    'curly braces in a paragraph, a heading and a caption',
    withParagraph('Braces {1+1} and {globalThis.process.exit(1)} are text.').replace('(center)', '(center) {sic}').replace('One-Side" Approach', 'One-Side" {Approach}'),
    (mdx) => {
      assert.match(mdx, /\(center\) \\\{sic\\\}/);
      assert.match(mdx, /## The “Lean-to-One-Side” \\\{Approach\\\}/);
    },
  ),
  edition('a paragraph that begins with export', withParagraph('export const x = globalThis.process.exit(42)'), (mdx) => assert.doesNotMatch(mdx, /^export/m)),
  edition('a paragraph that begins with import', withParagraph('import fs from "node:fs"; fs.rmSync("/")'), (mdx) => assert.doesNotMatch(mdx, /^import/m)),
  edition('export with quotes the edition curls', withParagraph("export default 'Mao' + \"Stalin\".")),
  edition('a Markdown link to javascript: and a remote image', withParagraph('See [x](javascript:alert(1)) and ![a photograph](https://example.org/x.png).'), noLink),
  edition('a footnote and a link definition', replaced('or later.<sup>3</sup>', 'or later.<sup>3</sup> See [^1] and [the record].\n\n[^1]: A footnote.\n\n[the record]: https://example.org/')),
  edition('a table', withParagraph('| Year | Event |\n|------|-------|\n| 1950 | War |')),
  edition('setext underlines and rules', withParagraph('A title?\n========\n\nAnother.\n--------\n\n___')),
  edition('entity and character references', withParagraph('Ampersands: &amp; &#65; &copy; &nbsp; AT&T.'), (mdx) => assert.match(mdx, /\\&amp;/)),
  edition('backticks, backslashes, underscores, single tildes, a fence of tildes', withParagraph('Code `x`, a path C:\\temp\\, _under_ and ~about~ 50.\n~~~\nnot code\n~~~')),
  edition('a bare URL, www address and e-mail address', withParagraph('Write to archive@example.org or see https://example.org and www.example.org.'), noLink),
  edition('lines that start like lists, quotations or headings', withParagraph('The points were\n- first,\n+ second,\n1. third,\n> fourth,\n#fifth.')),
  edition('spaced asterisks and a scene break of asterisks', withParagraph('Two * three * four.\n\n* * *')),
  edition('straight quotes after ?, !, … and dashes', withParagraph('He asked, "Why not?" "Never!" "And so…" "If—" he began—"no."'), (mdx) =>
    assert.match(mdx, /He asked, “Why not\?” “Never!” “And so…” “If—” he began—“no\.”/),
  ),
];
