/** A file name from a title: letters and digits kept (also æøå), everything else a dash. */
export function fileStem(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'pejling'
  );
}
