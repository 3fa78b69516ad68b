// Open websockets per client address. Every socket starts anonymous (credentials come later, in
// `connection_init`), so the cap is checked on the upgrade request, before a socket exists: over it, a 429
// RATE_LIMITED answer instead of the upgrade. A socket counts until its TCP connection closes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '@launchpad/shared';

export function webSocketConnectionCap(maxPerAddress: number) {
  const open = new Map<string, number>();
  return (request: FastifyRequest, reply: FastifyReply) => {
    const tcp = request.raw.socket as FastifyRequest['raw']['socket'] | undefined;
    // `injectWS` (tests only) has no TCP socket to watch; nothing to count.
    if (!tcp) return;
    const address = request.ip;
    const count = open.get(address) ?? 0;
    if (count >= maxPerAddress) {
      request.log.warn({ ip: address, open: count }, 'websocket connections per address exceeded');
      return reply
        .code(429)
        .header('retry-after', '10')
        .send({
          errors: [
            {
              message: `At most ${maxPerAddress} live connections from one address; close one and try again`,
              extensions: { code: ErrorCode.RATE_LIMITED, limit: 'connections', retryAfterSeconds: 10 },
            },
          ],
        });
    }
    open.set(address, count + 1);
    tcp.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  };
}
