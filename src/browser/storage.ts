/**
 * localStorage that never throws: storage can be switched off, full, or denied
 * to the page, and the edition must read on regardless (its settings and places
 * are then simply not kept).
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Store `value` under `key`, or remove the key for null. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not kept: the choice still applies to this page.
  }
}
