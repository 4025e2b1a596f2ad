/**
 * The only script on a reading page, inline and tiny (under 1 kB, so written
 * tersely): it loads the edition's script (search-ui.js) when the reader asks
 * for search (the header link, Ctrl/Cmd+K), follows a section or paragraph
 * permalink (to offer a citation), arrives with words to highlight, or opens
 * the search page; and the annotation code when the reader selects words in a
 * chapter's text, opens a chapter this device has annotations for (the list
 * src/browser/annotate/store.ts keeps), or opens the notes page; and it opens and closes
 * notes (note-controls.ts); after the page has loaded, it registers the service worker
 * that keeps the edition for reading offline (where the page names one). Kept as a
 * string so that the Content Security Policy can allow exactly this script by its hash.
 */
import { ANNOTATE, ATTR, CLASS, PERMALINK_SELECTOR } from '../edition/markup.ts';
import { NOTE_CONTROLS } from './note-controls.ts';

const SEARCH_LINK = `a[${ATTR.searchLink}]`;
const SEARCH_PAGE = `form[${ATTR.searchPage}]`;

export const SEARCH_LOADER = `(()=>{
const d=document,{src:s,sw:w}=d.currentScript.dataset,q=(x)=>d.querySelector(x);let u;
const l=()=>(u??=import(s)),o=()=>{const i=q('${SEARCH_PAGE} input');i?i.focus():l().then((m)=>m.openDialog())};
addEventListener('keydown',(e)=>{if((e.ctrlKey||e.metaKey)&&!e.altKey&&e.key.toLowerCase()=='k'){e.preventDefault();o()}});
addEventListener('click',(e)=>{if(e.button||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)return;
const a=e.target.closest('${SEARCH_LINK},${PERMALINK_SELECTOR}');if(!a)return;
if(a.matches('${SEARCH_LINK}')){e.preventDefault();o()}else l().then((m)=>m.cite(a))});
d.querySelectorAll('[${ATTR.withoutJs}]').forEach((x)=>(x.hidden=true));
const f=q('${SEARCH_PAGE}');if(f)l().then((m)=>m.mountSearchPage(f));
if(new URLSearchParams(location.search).has('highlight'))l().then((m)=>m.highlightFromUrl());
const A=()=>l().then((m)=>m.annotate());try{(q('[${ANNOTATE.notesPageAttr}]')||localStorage.annotated.includes(' '+location.pathname))&&A()}catch{}
d.addEventListener('selectionchange',()=>{const s=getSelection();s.isCollapsed||!s.anchorNode.parentElement?.closest('article.${CLASS.chapter}')||A()});
${NOTE_CONTROLS}
w&&addEventListener('load',()=>navigator.serviceWorker?.register(w));
})();`;
