/** A Blob's bytes in jsdom, whose Blob has no arrayBuffer(): FileReader reads it. */
export const readBlob = (blob: Blob): Promise<Uint8Array> =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
