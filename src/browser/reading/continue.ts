/**
 * "Continue reading: Chapter 3, The Alliance’s Golden Years": on the home page
 * the place read most recently, at a chapter's top that chapter's own place;
 * a link the reader may follow. Nothing jumps by itself.
 */
import outline from 'edition:outline';
import { chapterPath, parseChapterPath, parseParagraphId } from '../../edition/addresses.ts';
import { ATTR } from '../../edition/markup.ts';
import { readStored } from '../storage.ts';
import { latestPlace, parsePlaces, placeName, PLACES_KEY } from './places.ts';

export function offerContinue(siteBase: URL): void {
  const places = parsePlaces(readStored(PLACES_KEY));
  const here = parseChapterPath(location.pathname, siteBase.pathname);
  const place = here === null ? latestPlace(places) : (places.get(here) ?? null);
  const id = place && parseParagraphId(place.paragraph);
  const name = place && placeName(outline, place.paragraph);
  for (const slot of document.querySelectorAll<HTMLElement>(`[${ATTR.continueReading}]`)) {
    if (!place || !id || !name) {
      slot.hidden = true;
      continue;
    }
    const link = document.createElement('a');
    link.href = `${chapterPath(id.chapter, siteBase.pathname)}#${place.paragraph}`;
    link.textContent = `Continue reading: ${name}`;
    slot.replaceChildren(link);
    slot.hidden = false;
  }
}
