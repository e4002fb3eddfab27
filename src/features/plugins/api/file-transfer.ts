import { ApiError } from '../../../lib/api-error.ts';
import { apiEndpoint, getConnection } from '../../../lib/connection.ts';

// The API's file store (fiftyone-api.md §1.2): POST <api>/file (multipart, one part named
// `file`) answers `{"file_token": …}`; GET <api>/file/<token> answers the bytes once.
// Uploads go through XMLHttpRequest because fetch cannot report upload progress.

function connectionOrThrow() {
  const connection = getConnection();
  if (!connection) throw new ApiError('auth', ['Connect to a FiftyOne API first.']);
  return connection;
}

function messageOf(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'message' in body) {
      return String(body.message);
    }
  } catch {
    // Not JSON: the raw text, if any, says what happened.
  }
  return text.trim() || null;
}

function httpError(status: number, text: string): ApiError {
  const message = messageOf(text) ?? `HTTP ${status}`;
  const kind =
    status === 401
      ? 'auth'
      : status === 403
        ? 'forbidden'
        : status >= 500
          ? 'server'
          : 'validation';
  return new ApiError(kind, [message], { status });
}

/**
 * Uploads a file; `onProgress` gets the fraction sent (0–1). Resolves with the file token.
 * `signal` aborts the upload.
 */
export function uploadFile(
  file: Blob,
  fileName: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const connection = connectionOrThrow();
  return new Promise<string>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiEndpoint(connection, 'file'));
    xhr.setRequestHeader('X-API-Key', connection.apiKey);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(httpError(xhr.status, xhr.responseText));
        return;
      }
      const token = tokenOf(xhr.responseText);
      if (token) {
        onProgress(1);
        resolve(token);
      } else {
        reject(new ApiError('server', ['The API did not answer the upload with a file token.']));
      }
    };
    xhr.onerror = () => reject(new ApiError('network', []));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, fileName);
    xhr.send(form);
  });
}

function tokenOf(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'file_token' in body) {
      return typeof body.file_token === 'string' ? body.file_token : null;
    }
  } catch {
    // Not JSON.
  }
  return null;
}

/** Reads the file a token names (the token is spent). */
export async function downloadFile(token: string): Promise<Blob> {
  const connection = connectionOrThrow();
  let response: Response;
  try {
    response = await fetch(apiEndpoint(connection, `file/${encodeURIComponent(token)}`), {
      headers: { 'X-API-Key': connection.apiKey },
    });
  } catch (cause) {
    throw new ApiError('network', [], { cause });
  }
  if (!response.ok) throw httpError(response.status, await response.text().catch(() => ''));
  return response.blob();
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
