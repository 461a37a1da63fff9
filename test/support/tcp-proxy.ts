import { connect, createServer, type Socket } from "node:net";

/**
 * A TCP proxy in front of a server, for one client's network blip: while stalled, nothing
 * passes in either direction and the bytes wait, as on a link that hangs; resume() lets
 * them through, late and in order.
 */
export interface TcpProxy {
  url: string;
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, scheme = "redis"): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const held: Array<() => void> = [];
  let stalled = false;
  const forward = (from: Socket, to: Socket) =>
    from.on("data", (chunk) => {
      const write = () => void (to.destroyed || to.write(chunk));
      if (stalled) held.push(write);
      else write();
    });
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) sockets.add(s);
    forward(client, upstream);
    forward(upstream, client);
    const end = () => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream); };
    for (const s of [client, upstream]) s.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    stall() { stalled = true; },
    resume() {
      stalled = false;
      for (const write of held.splice(0)) write();
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
