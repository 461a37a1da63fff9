import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

const DOCTOR = "+4520000001";
const servers: ServerProcess[] = [];
const hanging: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop("SIGKILL");
  for (const close of hanging.splice(0)) await close();
});

/** An OpenAI-compatible endpoint that never answers: a turn that asks it stays in hand. */
async function hangingModel() {
  const held: ServerResponse[] = [];
  let asked!: () => void;
  const wasAsked = new Promise<void>((resolve) => (asked = resolve));
  const server: Server = createServer((_req: IncomingMessage, res: ServerResponse) => { held.push(res); asked(); });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hanging.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`, wasAsked };
}

const post = (baseUrl: string, body: string) =>
  fetch(`${baseUrl}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the server process killed in the middle of a message's turn", () => {
  it("handles Twilio's retry of that message: the 112 reply and a page", async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), "akut-")), "outbox.jsonl");
    const pages = () => (existsSync(outbox) ? readFileSync(outbox, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { to: string; body: string })) : []).filter((l) => l.to === DOCTOR);
    const env = { REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: `crash-${randomUUID().slice(0, 8)}`, OUTBOX_FILE: outbox, DOCTOR_PHONE: DOCTOR, NODE_ENV: "development", LOG_LEVEL: "warn" };
    const model = await hangingModel();
    // The first server asks the model between the turn's start and its write, and waits.
    const first = await startServerProcess({ env: { ...env, OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: model.url, ASSIST_TIMEOUT_MS: "10000" } });
    servers.push(first);
    const message = "From=%2B4512300077&MessageSid=SMcrash0000000001&Body=Jeg+kan+ikke+synke";
    const lost = post(first.baseUrl, message).catch(() => null);
    await model.wasAsked;
    first.kill9();
    expect(await lost).toBeNull();
    expect(pages()).toEqual([]);

    const second = await startServerProcess({ env });
    servers.push(second);
    const retry = await post(second.baseUrl, message);
    expect(retry.status).toBe(200);
    expect(await retry.text()).toMatch(/<Message>Ring 112 nu/);
    await until(() => pages().length > 0);
    expect(pages().map((p) => p.body)).toEqual([expect.stringMatching(/^K\d+ AKUT.*Svar OK K\d+/)]);
    expect(await second.stop()).toBe(0);
  }, 60_000);
});
