import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Writable } from "node:stream";
import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import type { OutboxLine } from "../../src/transport/console-transport.js";
import { wire } from "../../src/wiring.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const quiet = new Writable({ write(_c, _e, done) { done(); } });

async function localBot(env: Record<string, string>) {
  const printed: OutboxLine[] = [];
  const config = loadConfig({ DOCTOR_PHONE: "+4520000001", ...env });
  const { app } = wire(config, { print: (l) => printed.push(l), logDestination: quiet });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields).toString() });
  return { printed, post, url, close: () => new Promise((r) => server.close(r)) };
}

describe("local mode", () => {
  it("prints every outbound message and appends it to OUTBOX_FILE as one JSON line", async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), "akut-")), "outbox.jsonl");
    const bot = await localBot({ OUTBOX_FILE: outbox });
    const res = await bot.post({ From: "+4512121212", Body: "Jeg kan ikke synke", MessageSid: "SMlocal0000000001", NumMedia: "1", MediaUrl0: "https://example.test/p.jpg", MediaContentType0: "image/jpeg" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    const xml = await res.text();
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(xml)));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>Ring 112/);
    expect(bot.printed).toHaveLength(1);
    const lines = readFileSync(outbox, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]).sort()).toEqual(["at", "body", "kind", "mediaUrls", "to"]);
    expect(lines[0]).toMatchObject({ to: "+4520000001", kind: "sms", mediaUrls: [] });
    expect(lines[0].body).toContain("https://example.test/p.jpg");
    await bot.close();
  });

  it("still demands signatures when TWILIO_AUTH_TOKEN is set without an account", async () => {
    const token = "local-token-0123456789";
    const bot = await localBot({ TWILIO_AUTH_TOKEN: token, PUBLIC_BASE_URL: "https://tunnel.example" });
    const fields = { From: "+4512121213", Body: "Hej", MessageSid: "SMlocal0000000002" };
    expect((await bot.post(fields)).status).toBe(403);
    const signature = twilio.getExpectedTwilioSignature(token, "https://tunnel.example/sms", fields);
    expect((await bot.post(fields, { "x-twilio-signature": signature })).status).toBe(200);
    await bot.close();
  });

  it("refuses to start in production without TWILIO_AUTH_TOKEN", () => {
    const tsx = join(root, "node_modules/.bin/tsx");
    const run = spawnSync(tsx, ["src/server.ts"], { cwd: root, encoding: "utf8", env: { ...process.env, NODE_ENV: "production", TWILIO_AUTH_TOKEN: "", PORT: "0" }, timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/TWILIO_AUTH_TOKEN is required when NODE_ENV=production/);
  });
});
