/** Draws an SVG onto a canvas at `scale` × its size and returns the PNG bytes. */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => {
      resolve();
    };
    image.onerror = () => {
      reject(new Error('The picture could not be drawn.'));
    };
  });
  // A data: URL, which the renderer's Content-Security-Policy allows for images.
  image.src = `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg))}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('The picture could not be drawn.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((b) => {
      if (b === null) reject(new Error('The picture could not be drawn.'));
      else resolve(b);
    }, 'image/png');
  });
  return new Uint8Array(await blob.arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
