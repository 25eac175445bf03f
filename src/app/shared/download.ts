/**
 * Save text as a file: a Blob, an object URL and a temporary `<a download>`, all local (nothing
 * is uploaded). The URL is released after the click has been handled.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  // Some browsers (mobile Chromium) only download from a link that is in the document.
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today as `YYYY-MM-DD` in local time, for file names. */
export function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
