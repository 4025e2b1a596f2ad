/**
 * Part of the inline loader (loader.ts), written tersely for the same reason.
 * Notes, where they open under their line rather than stand in the margin:
 * following a marker opens its note without moving the text (the page scrolls
 * only if the note would be out of sight); following it again, the note's
 * close control or Escape (outside a dialog, which Escape closes instead)
 * closes it, and focus stays on (or goes back to) the marker. Without scripts the same notes open by :target and close from their
 * number or × (markup.ts), the text unmoved too. Where the notes stand in the
 * margin, their markers lead nowhere new, so they leave the Tab order (164
 * stops fewer on Chapter 3). Uses the loader's d and q.
 */
import { CLASS, ID, NOTES_IN_MARGIN } from '../edition/markup.ts';

const MARKER = `a.${CLASS.noteRef}`;

export const NOTE_CONTROLS = `{const w=matchMedia('${NOTES_IN_MARGIN}'),p={preventScroll:!0},t=w.onchange=()=>d.querySelectorAll('${MARKER}').forEach((a)=>(a.tabIndex=w.matches?-1:0)),
k=(n)=>{location.hash='${ID.notesClosed}';q('${MARKER}[href="#'+n.id+'"]').focus(p)};t();
addEventListener('click',(e)=>{if(e.button||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey||w.matches)return;const x=e.target.closest('.${CLASS.sidenote}:target>a'),a=e.target.closest('${MARKER}'),n=a&&q(a.hash),y=scrollY;
if(x||a)e.preventDefault();if(x)k(x.parentNode);else if(a)if(location.hash==a.hash)k(n);else{location.hash=a.hash;scrollTo(scrollX,y);n.scrollIntoView({block:'nearest'});a.focus(p)}});
addEventListener('keydown',(e)=>{const n=e.key=='Escape'&&!e.target.closest('dialog,[role=dialog]')&&q('.${CLASS.sidenote}:target');n&&k(n)})}`;
