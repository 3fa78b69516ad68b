// A data page's first queries are sent by the router before the page mounts; the page's own identical request then
// takes that answer instead of asking the server a second time, and only that one request does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'graphql';
import { configureClient, prefetch, request } from '../../web/src/api/client';

/** A typed document as the generated client makes them (request's first parameter). */
type Document = Parameters<typeof request<{ figures: number }, { from: string }>>[0];
const Figures = parse('query Figures($from: String) { figures(from: $from) }') as Document;

let sent: string[] = [];
beforeEach(() => {
  sent = [];
  configureClient({ getToken: () => 'token', onUnauthenticated: () => undefined });
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    sent.push(init.body);
    return new Response(JSON.stringify({ data: { figures: sent.length } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('early answers', () => {
  it("gives the page's identical request the answer its route asked for, once", async () => {
    let early: Promise<{ figures: number }> | undefined;
    prefetch(() => {
      early = request(Figures, { from: '2026-01-01' });
    });
    expect(sent).toHaveLength(1);

    expect(await request(Figures, { from: '2026-01-01' })).toEqual({ figures: 1 });
    expect(await early).toEqual({ figures: 1 });
    expect(sent).toHaveLength(1);

    // Later refreshes ask the server again.
    expect(await request(Figures, { from: '2026-01-01' })).toEqual({ figures: 2 });
    expect(sent).toHaveLength(2);
  });

  it('asks again for other variables, and never shares answers between requests the router did not start', async () => {
    prefetch(() => void request(Figures, { from: '2026-01-01' }));
    await request(Figures, { from: '2027-01-01' });
    expect(sent).toHaveLength(2);

    await Promise.all([request(Figures, { from: '2028-01-01' }), request(Figures, { from: '2028-01-01' })]);
    expect(sent).toHaveLength(4);
  });
});
