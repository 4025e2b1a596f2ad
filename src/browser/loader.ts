/**
 * The inline script at the end of every page, tiny (so written tersely): it
 * loads the edition's search script (search-ui.js) when the reader asks for
 * search (the header link, Ctrl/Cmd+K), follows a section or paragraph
 * permalink (to offer a citation), arrives with words to highlight, or opens
 * the search page; the annotation code when the reader selects words in a
 * chapter's text, opens a chapter this device has annotations for (the list
 * src/browser/annotate/store.ts keeps), or opens the notes page; and the
 * reader's script (reader.js) when the reader opens the settings, presses a
 * reading shortcut (Alt+Shift+arrow), first scrolls a chapter (to follow where
 * they are), or has a place stored that the page can offer to continue from.
 * Asking for search also fetches, at the same time, the largest parts of the
 * search engine (ENGINE_PRELOAD); on Apple's systems the shortcut shown is ⌘K.
 * It also opens and closes notes (note-controls.ts), and writes the page's own
 * address where the build could not (SITE_URL unset). After the page has loaded
 * it registers the service worker that keeps the edition for reading offline
 * (where the page names one). A first visit loads no other script file. Kept as a string so that the Content
 * Security Policy can allow exactly this script by its hash.
 */
import { ANNOTATE, ATTR, CLASS, PERMALINK_SELECTOR } from '../edition/markup.ts';
import { NOTE_CONTROLS } from './note-controls.ts';
import { PLACES_KEY } from './reading/places.ts';
import { ENGINE_PRELOAD } from './search/pagefind-files.ts';

const SEARCH_LINK = `a[${ATTR.searchLink}]`;
const SEARCH_PAGE = `form[${ATTR.searchPage}]`;
const SETTINGS = `[${ATTR.settingsButton}]`;

export const SEARCH_LOADER = `(()=>{
const d=document,t=d.currentScript.dataset,s=t.src,q=(x)=>d.querySelector(x);let u,v,p;
const l=()=>(u??=import(s)),r=()=>(v??=import(t.reader)),w=()=>(p??=${JSON.stringify(ENGINE_PRELOAD)}.map(([h,a])=>{const k=Object.assign(d.createElement('link'),{rel:a?'preload':'modulepreload',crossOrigin:'',href:new URL(h,new URL(s,location))});if(a)k.as=a;d.head.append(k)}));
const o=()=>{const i=q('${SEARCH_PAGE} input');i?i.focus():(w(),l().then((m)=>m.openDialog()))};
addEventListener('keydown',(e)=>{if((e.ctrlKey||e.metaKey)&&!e.altKey&&e.key.toLowerCase()=='k'){e.preventDefault();o()}
else if(e.altKey&&e.shiftKey&&!e.ctrlKey&&!e.metaKey&&e.key.startsWith('Arrow')&&!e.target.closest('input,textarea,select')){e.preventDefault();r().then((m)=>m.go(e.key))}});
addEventListener('click',(e)=>{if(e.button||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)return;
const a=e.target.closest('${SEARCH_LINK},${SETTINGS},${PERMALINK_SELECTOR}');if(!a)return;
if(a.matches('${SETTINGS}'))r().then((m)=>m.openSettings(a));else if(a.matches('${SEARCH_LINK}')){e.preventDefault();o()}else l().then((m)=>m.cite(a))});
d.querySelectorAll('[${ATTR.withoutJs}]').forEach((x)=>(x.hidden=true));
if(/Mac|iPhone|iPad/.test(navigator.platform))d.querySelectorAll('[${ATTR.shortcut}]').forEach((x)=>(x.textContent='⌘K'));
d.querySelectorAll('[${ATTR.readerAddress}]').forEach((x)=>(x.textContent=location.origin+location.pathname));
const f=q('${SEARCH_PAGE}');if(f)l().then((m)=>m.mountSearchPage(f));
if(new URLSearchParams(location.search).has('highlight'))l().then((m)=>m.highlightFromUrl());
const A=()=>l().then((m)=>m.annotate());try{(q('[${ANNOTATE.notesPageAttr}]')||localStorage.annotated.includes(' '+location.pathname))&&A()}catch{}
d.addEventListener('selectionchange',()=>{const s=getSelection();s.isCollapsed||!s.anchorNode.parentElement?.closest('article.${CLASS.chapter}')||A()});
${NOTE_CONTROLS}
if(q('[${ATTR.paragraphWords}]'))addEventListener('scroll',()=>r().then((m)=>m.trackReading()),{once:true,passive:true});
try{localStorage.getItem('${PLACES_KEY}')&&q('[${ATTR.continueReading}]')&&r().then((m)=>m.offerContinue())}catch{}
t.sw&&addEventListener('load',()=>navigator.serviceWorker?.register(t.sw));
})();`;
