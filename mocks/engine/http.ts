// Small helpers for the mock's HTTP answers. Every answer carries CORS headers so the console
// can call the HTTP mock API (npm run mock-api) from another origin.

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'X-API-Key, Content-Type',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Max-Age': '600',
};

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', ...headers },
  });
}

/** The error shape of 4xx/5xx answers: JSON with a `message` (fiftyone-api.md §1.5). */
export function message(
  status: number,
  text: string,
  headers: Record<string, string> = {},
): Response {
  return json(status, { message: text }, headers);
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS } });
}

export function bytes(body: Uint8Array<ArrayBuffer>, contentType: string): Response {
  return new Response(body, {
    status: 200,
    headers: { ...CORS_HEADERS, 'Content-Type': contentType },
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// base64 without Buffer, so the same code runs in the browser.
export function toBase64(data: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < data.length; i += chunk) {
    binary += String.fromCharCode(...data.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
