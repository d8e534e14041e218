/**
 * A file from the API handed to the browser as a download. The API wants the bearer
 * token, which a plain link cannot send, so the page fetches the file and saves it.
 */

/** The file name the API gave (Content-Disposition), or the fallback. */
export function fileNameOf(response: { headers: Headers }, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallback;
}

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
