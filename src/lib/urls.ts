/** Site-relative URLs that respect the configured base path (BASE_PATH). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

export const chapterPath = (chapter: number) => href(`/chapter-${chapter}/`);

export const documentPath = (id: string) => href(`/documents/${id}/`);
