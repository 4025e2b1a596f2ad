/** A file's size as a download link gives it: "71 kB" (kB = 1000 bytes, as the bench counts). Pure. */
export const fileSize = (bytes: number) => (bytes < 1000 ? `${bytes} bytes` : `${Math.round(bytes / 1000)} kB`);
