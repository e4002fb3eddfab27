import type { Context } from './context.ts';
import { bytes, fromBase64, json, message, toBase64 } from './http.ts';
import { mintToken } from './ids.ts';
import type { FileRecord } from './types.ts';

// The file store (fiftyone-api.md §1.2, §3.9, §14): POST file (multipart, part `file`) answers a
// token; GET file/<token> answers the bytes once, then the token is spent.

export async function uploadFile(request: Request, ctx: Context): Promise<Response> {
  let part: FormDataEntryValue | null;
  try {
    part = (await request.formData()).get('file');
  } catch {
    return message(400, 'Send the file as multipart/form-data with a part named "file"');
  }
  if (part === null) return message(400, 'The multipart body has no part named "file"');
  const file = typeof part === 'string' ? new File([part], 'file') : part;
  const record: FileRecord = {
    token: mintToken(ctx.store, ctx.now()),
    name: file.name,
    contentType: file.type || 'application/octet-stream',
    base64: toBase64(new Uint8Array(await file.arrayBuffer())),
    createdAt: ctx.nowIso(),
  };
  ctx.store.files.push(record);
  return json(200, { file_token: record.token });
}

/** Answers the file's bytes and spends the token; null when there is no such file. */
export function downloadFile(token: string, ctx: Context): Response | null {
  const index = ctx.store.files.findIndex((file) => file.token === token);
  const file = ctx.store.files[index];
  if (!file) return null;
  ctx.store.files.splice(index, 1);
  return bytes(fromBase64(file.base64), 'application/octet-stream');
}

export function fileNotFound(token: string): Response {
  return message(404, `No file for token ${token}: it is unknown or has already been downloaded`);
}
