/**
 * Hands text to the browser as a file download through a temporary Blob URL and an `<a download>`,
 * the way a Custom UI frame can save a file without a server round trip.
 */
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; free it a little later for slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
