import { ApiCallError } from '../../api/api-call-error';
import type { UploadedFile } from '../../api/http-upload';
import { TOKEN_STORAGE_KEY } from '../../api/take-token';

/**
 * Browser mode: sends one file to the local server like `uploadFile`, but over XHR because fetch
 * cannot report upload progress, which a 40 MB PDF needs.
 */
export function uploadWithProgress(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/upload');
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('x-telaah-token', sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '');
    request.setRequestHeader('x-telaah-filename', encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => {
      reject(new ApiCallError('unreachable', 'Telaah is not running. Start it again and reload.'));
    };
    request.onload = () => {
      if (request.status === 413) {
        reject(
          new ApiCallError('import_file_too_large', `“${file.name}” is too large to import.`, {
            file: file.name,
            limit: '—',
          }),
        );
      } else if (request.status < 200 || request.status >= 300) {
        reject(new ApiCallError('unreachable', `Upload failed (${request.status}).`));
      } else {
        onProgress(1);
        resolve((JSON.parse(request.responseText) as { value: UploadedFile }).value);
      }
    };
    request.send(file);
  });
}
