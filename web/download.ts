import { XLSX_TYPE } from './protocol';

/**
 * Hands a file made on the page to the browser's downloads, through an object URL of our own origin (blob:):
 * nothing is sent anywhere. The URL is let go once the download has started.
 */
export function download(chunks: readonly Uint8Array[], fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob(chunks as unknown as BlobPart[], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
