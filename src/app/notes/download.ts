/** Offer `text` as a file download (an object URL: no network, allowed by the CSP). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-11-23` for file names. */
export const today = (): string => new Date().toISOString().slice(0, 10);
