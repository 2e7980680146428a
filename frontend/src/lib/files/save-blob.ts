/** Saves a blob under `fileName` through a temporary link (the file came with the bearer token). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // some browsers read the URL after click() returns: free it a little later
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
