/** Offers text as a file download (an export, a calendar). */
export function downloadText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A name for a downloaded file from a name people gave: letters and digits, dashes between. */
export const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, '-');
