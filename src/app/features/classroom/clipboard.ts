/**
 * Copy text with the asynchronous clipboard API. Resolves false when it is missing or refused
 * (an insecure origin, a denied permission, an old browser): callers then show the text in a
 * selected field for the reader to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
