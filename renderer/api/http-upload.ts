import { ApiCallError } from './api-call-error';

export interface UploadedFile {
  path: string;
  name: string;
  size: number;
}

/**
 * Browser mode only: streams one picked file to the local server, which answers a path the
 * import calls accept like a file chosen in the desktop dialog.
 */
export async function uploadFile(file: File, token: string, baseUrl = ''): Promise<UploadedFile> {
  const response = await fetch(`${baseUrl}/api/upload`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-telaah-token': token,
      'x-telaah-filename': encodeURIComponent(file.name),
    },
    body: file,
  });
  if (response.status === 413) {
    throw new ApiCallError('import_file_too_large', `${file.name} is too large to import.`, {
      file: file.name,
    });
  }
  if (!response.ok) throw new ApiCallError('unreachable', `Upload failed (${response.status}).`);
  const result = (await response.json()) as { ok: true; value: UploadedFile };
  return result.value;
}
