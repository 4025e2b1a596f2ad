/** What a caption says: its credit line, and the id of the document it describes. Pure. */

/** A caption's last sentence is its credit ("Xinhua News Agency."). */
export function splitCredit(caption: string): { caption: string; credit: string | null } {
  const m = /^(.*[.?!])\s+([^.?!]+[.?!])$/s.exec(caption.trim());
  return m ? { caption: m[1], credit: m[2] } : { caption: caption.trim(), credit: null };
}

/** "telegram-1950-10-02" from a caption naming the document and its date; "document-N" otherwise. */
export function documentId(caption: string, n: number): string {
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const kind = ['telegram', 'letter', 'memorandum', 'cable', 'report'].find((k) => new RegExp(`\\b${k}\\b`, 'i').test(caption)) ?? 'document';
  const date = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/i.exec(caption);
  if (!date) return `${kind}-${n}`;
  const month = String(months.indexOf(date[2].toLowerCase()) + 1).padStart(2, '0');
  return `${kind}-${date[3]}-${month}-${date[1].padStart(2, '0')}`;
}

