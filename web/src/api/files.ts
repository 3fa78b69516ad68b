// The server's file routes (multipart in, files or JSON out). They refuse with the GraphQL API's codes, as
// `{ error: { code, message, field, reason } }`, turned here into the same ApiError the GraphQL client throws.
import { ApiError, NETWORK_ERROR } from './client';

async function refusalOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string } & Record<string, unknown>;
  } | null;
  const { code, message, ...details } = body?.error ?? {};
  return new ApiError(code ?? NETWORK_ERROR, message ?? response.statusText, details);
}

async function call(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    throw new ApiError(NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await refusalOf(response);
  return response;
}

const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** Posts a multipart form and returns the JSON answer. */
export async function postForm<T>(url: string, form: FormData, token: string | null = null): Promise<T> {
  return (await (await call(url, { method: 'POST', headers: bearer(token), body: form })).json()) as T;
}

/** Fetches a file with the signed-in user's token and hands it to the browser as a download. */
export async function downloadFile(url: string, fallbackName: string, token: string | null): Promise<void> {
  const response = await call(url, { headers: bearer(token) });
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
