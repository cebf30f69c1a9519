/**
 * A file an export call produced, carried back to the renderer: the desktop app saves it where
 * the user picks in the native dialog, browser mode hands it to the browser as a download.
 */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}
