import type { ExportedFile } from '../../core/api/exported-file';
import { ApiCallError } from '../api/api-call-error';
import { getBridge } from '../api/telaah-bridge';

/**
 * Saves a file an export call produced: through the native save dialog in the desktop app,
 * as a browser download in browser mode. Returns the saved path (desktop), the file name
 * (browser), or null when the user cancelled.
 */
export async function saveExportedFile(
  file: ExportedFile,
  scope: Window = window,
): Promise<string | null> {
  const bridge = getBridge(scope);
  if (bridge) {
    const extension = file.fileName.includes('.') ? file.fileName.split('.').pop() : undefined;
    const result = await bridge.shell('dialog.saveFile', {
      defaultName: file.fileName,
      extensions: extension === undefined ? [] : [extension],
      base64: file.base64,
    });
    if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
    return result.value as string | null;
  }
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = scope.document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  scope.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
  return file.fileName;
}

/** Wraps bytes made in the renderer (a PNG or SVG of a display) as an exported file. */
export function exportedFileFromBytes(
  bytes: Uint8Array,
  fileName: string,
  mimeType: string,
): ExportedFile {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { fileName, mimeType, base64: btoa(binary) };
}
