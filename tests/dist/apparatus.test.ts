/**
 * The scholar's apparatus in the built site: the index of names against the
 * text, abbreviations, and the About page's list of editorial changes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import { chapterPath, nameEntryPath } from '../../src/edition/addresses.ts';
import { changeRecord, names as namesFormat } from '../../src/edition/formats/index.ts';
import { EDITION_ADDITION_SELECTORS } from '../../src/edition/markup.ts';
import { readData } from '../../src/lib/read-data.ts';

const page = (path: string): Root => fromHtml(readFileSync(`dist/${path}index.html`, 'utf8'));
const names = readData(namesFormat, 'content/names.json').entries;
const changes = readData(changeRecord, 'content/edition/changes.json').changes;

/** The text of every paragraph of the chapter pages, read from the built HTML without the edition's additions. */
const paragraphs = new Map<string, string>();
/** The captions of the chapter pages' figures, by their anchors. */
const captionTexts = new Map<string, string>();
for (const n of [2, 3, 4]) {
  const tree = page(`chapter-${n}/`);
  const additions = new Set(EDITION_ADDITION_SELECTORS.flatMap((s) => selectAll(s, tree)));
  remove(tree, (node) => additions.has(node as Element));
  for (const p of selectAll('article.chapter > .section > p[id], article.chapter > .section > blockquote[id]', tree) as Element[]) {
    paragraphs.set(`/chapter-${n}/#${p.properties.id}`, toText(p));
  }
  for (const f of selectAll('article.chapter figure[id]', tree) as Element[]) {
    captionTexts.set(`/chapter-${n}/#${f.properties.id}`, toText(select('figcaption', f) as Element));
  }
}

const wholeWord = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
/** The index of names: its overview, and every letter's page (where the places are). */
const overview = page('names/');
const letterPages = readdirSync('dist/names', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ path: `/names/${d.name}/`, tree: page(`names/${d.name}/`) }));
const entryOn = (id: string) => {
  const entry = names.find((e) => e.id === id);
  assert.ok(entry, `${id} is in names.json`);
  const [path, hash] = nameEntryPath(entry).split('#');
  const tree = letterPages.find((l) => l.path === path)?.tree;
  assert.ok(tree, `${path} was built`);
  const li = select(`#${hash}`, tree) as Element | undefined;
  assert.ok(li, `${nameEntryPath(entry)} exists`);
  return li;
};
const entryLinks = (id: string) => selectAll('.subentries a', entryOn(id)) as Element[];
/** How often the place a locator links to names the entry: "¶16 (2)"; once when no number follows. */
const countAfter = (a: Element, parent: Element) => {
  const next = parent.children[parent.children.indexOf(a) + 1];
  return Number((next?.type === 'text' && /^ \((\d+)\)/.exec(next.value)?.[1]) || 1);
};
const counted = (id: string) =>
  (selectAll('.subentries a', entryOn(id)) as Element[]).map((a) => {
    const parent = (selectAll('.subentries li, .subentries b', entryOn(id)) as Element[]).find((p) => p.children.includes(a)) as Element;
    return { href: String(a.properties.href), count: countAfter(a, parent) };
  });
const placeOf = (href: string) => href.split(':~:')[0];

test('index of names: for twelve names, the paragraphs listed equal the mentions counted in the text', () => {
  const checked = ['yudin', 'gao-gang', 'peng-dehuai', 'malinovskii', 'zhou-enlai', 'lushun', 'jinmen', 'molotov', 'beria', 'rochshin', 'ke-qingshi', 'wang-ming'];
  for (const id of checked) {
    const entry = names.find((e) => e.id === id);
    assert.ok(entry, `${id} is in names.json`);
    // Count independently: each mention string, longest first, masking what it matched.
    let inText = 0;
    for (const text of paragraphs.values()) {
      let rest = text;
      for (const m of [...entry.mentions].sort((a, b) => b.length - a.length)) {
        inText += (rest.match(wholeWord(m)) ?? []).length;
        rest = rest.replace(wholeWord(m), ' ');
      }
    }
    const listed = counted(id).filter((l) => paragraphs.has(placeOf(l.href))).reduce((n, l) => n + l.count, 0);
    console.log(`names: ${entry.name}: ${listed} listed, ${inText} in the text`);
    assert.ok(inText > 0, `${entry.name} is mentioned`);
    assert.equal(listed, inText, entry.name);
  }
});

test('index of names: every place links to a paragraph or caption that names the entry', () => {
  let links = 0;
  let captions = 0;
  for (const entry of names) {
    for (const a of entryLinks(entry.id)) {
      const place = placeOf(String(a.properties.href));
      const text = paragraphs.get(place) ?? captionTexts.get(place);
      assert.ok(text !== undefined, `${entry.name}: ${place} is neither a paragraph nor a caption`);
      assert.ok(entry.mentions.some((m) => wholeWord(m).test(text)), `${entry.name}: ${place} does not name it`);
      if (captionTexts.has(place)) captions += 1;
      links += 1;
    }
  }
  console.log(`names: ${names.length} entries, ${links} places linked, ${captions} of them captions`);
  assert.ok(links > 500);
});

test('index of names: names in captions are indexed, with the caption as the place (Shi Zhe, Xinhua)', () => {
  const shi = entryLinks('shi-zhe').map((a) => placeOf(String(a.properties.href)));
  assert.ok(shi.includes('/chapter-3/#figure-after-p3-10'), 'the photograph of Stalin’s birthday');
  assert.equal(toText(entryLinks('shi-zhe').find((a) => String(a.properties.href).includes('figure-after'))!), 'caption');
  assert.ok(entryLinks('xinhua').length >= 2, 'Xinhua, named only in photographs’ credits');
  assert.ok(entryLinks('mao-zedong').some((a) => placeOf(String(a.properties.href)) === '/chapter-3/#telegram-1950-10-02'), 'the telegram’s caption');
});

/**
 * A page's text as a browser's text fragment searches it: blocks on lines of
 * their own, notes beside the text as blocks (as on a wide screen), case and
 * runs of white space ignored; with where each element with an id begins and
 * ends in it.
 */
function searchable(tree: Root): { text: string; spans: Map<string, [number, number]> } {
  const copy = structuredClone(tree);
  for (const n of selectAll('.sidenote', copy) as Element[]) n.tagName = 'div';
  remove(copy, (n) => n.type === 'element' && ((n as Element).tagName === 'head' || ((n as Element).properties.className as string[] | undefined)?.includes('print-url') === true));
  // Private-use sentinels around each element with an id: \ue000 k \ue001 opens, \ue002 k \ue001 closes.
  const ids: string[] = [];
  for (const el of selectAll('[id]', copy) as Element[]) {
    const k = ids.push(String(el.properties.id)) - 1;
    el.children.unshift({ type: 'text', value: `\ue000${k}\ue001` });
    el.children.push({ type: 'text', value: `\ue002${k}\ue001` });
  }
  const raw = toText(copy).toLowerCase().replace(/[ \t\u00a0]+/g, ' ');
  const spans = new Map<string, [number, number]>();
  let text = '';
  for (const piece of raw.split(/([\ue000\ue002]\d+\ue001)/)) {
    const m = /^([\ue000\ue002])(\d+)\ue001$/.exec(piece);
    if (!m) text += piece;
    else if (m[1] === '\ue000') spans.set(ids[Number(m[2])], [text.length, text.length]);
    else (spans.get(ids[Number(m[2])]) as [number, number])[1] = text.length;
  }
  return { text, spans };
}

/** Where the directive's start first matches, as Chromium matches (whole words, case ignored, within a line, white space or nothing between parts). */
function firstMatch(text: string, directive: string): number {
  const parts = directive.split(',').map(decodeURIComponent);
  const prefix = parts[0].endsWith('-') ? parts.shift()?.slice(0, -1) : undefined;
  const suffix = parts.at(-1)?.startsWith('-') ? parts.pop()?.slice(1) : undefined;
  const esc = (s: string) => s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const edge = '[\\p{L}\\p{N}]';
  const bounded = (s: string) => `${/^[\p{L}\p{N}]/u.test(s) ? `(?<!${edge})` : ''}${esc(s)}${/[\p{L}\p{N}]$/u.test(s) ? `(?!${edge})` : ''}`;
  const pattern = new RegExp(`${prefix ? `${bounded(prefix)} ?` : ''}(${bounded(parts[0])})${suffix ? ` ?${bounded(suffix)}` : ''}`, 'u');
  const m = pattern.exec(text);
  return m ? m.index + m[0].indexOf(m[1]) : -1;
}

test('index of names: every place’s link marks the name where it lands, and nothing before it on the page', () => {
  const pages = new Map<string, ReturnType<typeof searchable>>();
  let marked = 0;
  let all = 0;
  for (const entry of names) {
    for (const a of entryLinks(entry.id)) {
      const href = String(a.properties.href);
      all += 1;
      const [place, directive] = href.split(':~:text=');
      if (!directive) continue;
      marked += 1;
      const [path, target] = place.split('#');
      const built = pages.get(path) ?? searchable(page(path.slice(1)));
      pages.set(path, built);
      const at = firstMatch(built.text, directive);
      const [from, to] = built.spans.get(target) ?? [-1, -1];
      assert.ok(at !== -1, `${entry.name}: ${href} matches nothing on the page`);
      assert.ok(at >= from && at < to, `${entry.name}: ${href} first matches outside #${target}, at “${built.text.slice(at - 30, at + 30)}”`);
      const start = decodeURIComponent(directive.split(',').find((p) => !p.endsWith('-') && !p.startsWith('-')) ?? '');
      assert.ok(entry.mentions.some((m) => wholeWord(m).test(start) || start.startsWith(`${m}’`)), `${entry.name}: ${href} does not mark the name`);
    }
  }
  console.log(`names: ${marked} of ${all} places marked on arrival`);
  assert.ok(marked / all > 0.95, 'nearly every place marks the name');
});

test('index of names: every cross-reference resolves to an entry on its letter’s page', () => {
  const refs = [overview, ...letterPages.map((l) => l.tree)].flatMap((t) => selectAll('li.see a', t) as Element[]);
  assert.ok(refs.length > 100);
  for (const a of refs) {
    const [path, hash] = String(a.properties.href).split('#');
    const tree = letterPages.find((l) => l.path === path)?.tree;
    assert.ok(tree && select(`#${hash}`, tree), `${a.properties.href} has no entry`);
  }
});

test('index of names: the overview lists every entry under its old address, linked to its letter’s page', () => {
  for (const entry of names) {
    const line = select(`#name-${entry.id}`, overview) as Element | undefined;
    assert.ok(line, `/names/#name-${entry.id} is gone`);
    assert.equal((select('a', line) as Element).properties.href, nameEntryPath(entry));
  }
});

test('every <abbr> has a title; the first use in each chapter is spelt out', () => {
  for (const n of [2, 3, 4]) {
    const tree = page(`chapter-${n}/`);
    const abbrs = selectAll('article.chapter abbr', tree) as Element[];
    assert.ok(abbrs.length > 0);
    const seen = new Set<string>();
    for (const abbr of abbrs) {
      const title = String(abbr.properties.title ?? '');
      assert.notEqual(title, '', `chapter ${n}: <abbr>${toText(abbr)}</abbr> has no title`);
      const term = toText(abbr);
      if (seen.has(term)) continue;
      seen.add(term);
      // Spelt out by the edition right after it, or by the text itself just before it.
      const html = readFileSync(`dist/chapter-${n}/index.html`, 'utf8');
      const at = html.indexOf(`<abbr title="${title}">${term}</abbr>`);
      const after = html.slice(at, at + 200);
      const before = html.slice(Math.max(0, at - 200), at);
      assert.ok(
        /^<abbr[^>]*>[^<]*<\/abbr>(’s)?<span class="abbr-expansion"> \[/.test(after) || before.endsWith(`${title} (`),
        `chapter ${n}: the first ${term} is not spelt out`,
      );
    }
  }
});

test('About page: every recorded change is listed, linked to an existing place in the text', () => {
  const about = page('about/');
  const items = selectAll('.change-list li', about) as Element[];
  assert.equal(items.length, changes.length);
  const pages = new Map<string, Root>();
  for (const li of items) {
    const href = String((select('a', li) as Element).properties.href);
    const [path, anchor] = href.split('#');
    const target = pages.get(path) ?? page(path.slice(1));
    pages.set(path, target);
    if (anchor) assert.ok(select(`[id="${anchor}"]`, target), `${href} does not exist`);
  }
  // A rejoined word is found in the paragraph its change links to.
  for (const c of changes.filter((c) => c.rule === 'rejoin-hyphenated-words')) {
    const word = /→ (\S+):/.exec(c.note ?? '')?.[1] ?? '';
    const place = `${chapterPath(c.where.chapter ?? 0)}#${c.where.anchor}`;
    assert.ok(paragraphs.get(place)?.includes(word), `${word} is not in ${place}`);
  }
});

test('the telegram’s editorial note says only what the transcription shows', () => {
  const doc = page('documents/telegram-1950-10-02/');
  const transcription = select('.transcription', doc) as Element;
  const note = toText(select('.document-note', doc) as Element);
  const struck = toText(select('del', transcription) as Element);
  const paragraphsOf = (selectAll('p', transcription) as Element[]).map((p) => toText(p).trim());
  // Every Chinese word the note quotes is the transcription's.
  const quoted = [...note.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  assert.ok(quoted.length >= 4, note);
  for (const q of quoted) for (const part of q.split(' / ')) assert.ok(toText(transcription).includes(part), `“${part}” is not in the transcription`);
  // The struck passage it names is the one struck through.
  const [from, to] = [/from “([^”]+)”/.exec(note)?.[1], /to “([^”]+)”/.exec(note)?.[1]];
  assert.ok(from && struck.startsWith(from), `the struck passage starts “${struck.slice(0, 12)}”`);
  assert.ok(to && struck.endsWith(to), `the struck passage ends “${struck.slice(-8)}”`);
  // "50/50" is a line of its own; the first page ends in 相繼 and the last begins with 的時候.
  assert.ok(paragraphsOf.includes('50/50'));
  const jump = paragraphsOf.findIndex((p) => p.endsWith('相繼'));
  assert.ok(jump !== -1 && paragraphsOf[jump + 1].startsWith('的時候'));
  // The chapter page carries the same note, under the document's caption.
  const chapter = page('chapter-3/');
  assert.equal(toText(select('#telegram-1950-10-02 + .document-note', chapter) as Element), note);
});
