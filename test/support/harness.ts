import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Writable } from "node:stream";
import { randomUUID } from "node:crypto";
import nock from "nock";
import { inject } from "vitest";
import twilio from "twilio";
import { loadConfig, type Config } from "../../src/config.js";
import { wire, type Overrides, type Wired } from "../../src/wiring.js";

export const ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
export const AUTH_TOKEN = "test-auth-token-0123456789";
export const PUBLIC_BASE_URL = "https://akutlinje.test";
export const CLINIC_NUMBER = "+4593909978";
export const DOCTOR = "+4520000001";
export const BACKUP = "+4520000002";

/** A Thursday evening in Copenhagen (21:00), after opening hours. */
export const THURSDAY_EVENING = Date.parse("2026-11-26T20:00:00Z");

export interface SentSms {
  sid: string;
  to: string;
  from: string;
  /** Empty for a WhatsApp template, which is sent by its ContentSid instead. */
  body: string;
  mediaUrls: string[];
  contentSid: string | null;
  contentVariables: string | null;
}
export interface SentCall {
  to: string;
  from: string;
  twiml: string;
}

export interface Harness extends Wired {
  config: Config;
  baseUrl: string;
  sms: SentSms[];
  calls: SentCall[];
  logs: string[];
  clock: { now: number; advance(ms: number): void };
  post(fields: Record<string, string>, options?: { signature?: string | null; path?: string }): Promise<Reply>;
  send(overrides?: Partial<Record<string, string>>): Promise<Reply>;
  secondInstance(): Promise<Wired & { baseUrl: string; post: Harness["post"]; close(): Promise<void> }>;
  twilioFailsNext(times: number, status: number | "timeout", message?: string): nock.Scope;
  twilioRejects(which: (form: URLSearchParams) => boolean, error: { status: number; code: number }): nock.Scope;
  close(): Promise<void>;
}

export interface Reply {
  status: number;
  text: string;
  messages: string[];
}

let counter = 0;
/** A Twilio inbound SMS with a sender and MessageSid of its own. */
export function buildInboundSms(overrides: Partial<Record<string, string>> = {}): Record<string, string> {
  counter++;
  const fields: Record<string, string> = {
    From: `+4531${String(100000 + counter).padStart(6, "0")}`,
    To: CLINIC_NUMBER,
    Body: "Hej",
    MessageSid: `SM${counter.toString(16).padStart(32, "0")}`,
    NumMedia: "0",
    AccountSid: ACCOUNT_SID,
  };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) fields[k] = v;
  return fields;
}

export function nextSid(): string {
  counter++;
  return `SM${counter.toString(16).padStart(32, "0")}`;
}

const decodeTwiml = (xml: string) =>
  [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  );

/** Starts the real app on port 0 against a Twilio API intercepted by nock, with a movable clock. */
export interface HarnessOptions extends Pick<Overrides, "stores"> {
  /** Keep state in the test Redis, under a key prefix of this harness's own. */
  redis?: boolean;
}

export async function startHarness(env: Record<string, string> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const { redis, ...overrides } = options;
  if (redis) Object.assign(env, { REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: `t-${randomUUID().slice(0, 8)}`, ...env });
  nock.disableNetConnect();
  nock.enableNetConnect(/(127\.0\.0\.1|localhost)/);
  const sms: SentSms[] = [];
  const calls: SentCall[] = [];
  const interceptTwilio = () =>
    nock("https://api.twilio.com")
      .persist()
      .post(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`)
      .reply(201, (_uri, body) => {
        const form = new URLSearchParams(body as string);
        const sid = nextSid();
        sms.push({ sid, to: form.get("To")!, from: form.get("From")!, body: form.get("Body") ?? "", mediaUrls: form.getAll("MediaUrl"), contentSid: form.get("ContentSid"), contentVariables: form.get("ContentVariables") });
        return { sid, status: "queued" };
      })
      .post(`/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`)
      .reply(201, (_uri, body) => {
        const form = new URLSearchParams(body as string);
        calls.push({ to: form.get("To")!, from: form.get("From")!, twiml: form.get("Twiml")! });
        return { sid: "CA" + "0".repeat(32), status: "queued" };
      });
  interceptTwilio();
  /** The next `times` SMS requests fail with `status` and Twilio's `message` (or time out), then Twilio accepts again. */
  const twilioFailsNext = (times: number, status: number | "timeout", message = "failure") => {
    nock.cleanAll();
    const scope = nock("https://api.twilio.com").post(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`).times(times);
    const failing = status === "timeout" ? scope.delay(1_000).reply(201, {}) : scope.reply(status, { code: 20500, message, status });
    interceptTwilio();
    return failing;
  };
  /** Every SMS request that `which` picks is refused with Twilio's error `code`; the others go through. */
  const twilioRejects = (which: (form: URLSearchParams) => boolean, error: { status: number; code: number }) => {
    nock.cleanAll();
    const form = (body: unknown) => new URLSearchParams(typeof body === "string" ? body : (body as Record<string, string>));
    const rejecting = nock("https://api.twilio.com")
      .persist()
      .post(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, (body) => which(form(body)))
      .reply(error.status, { code: error.code, message: `error ${error.code}`, status: error.status });
    interceptTwilio();
    return rejecting;
  };

  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM: CLINIC_NUMBER,
    PUBLIC_BASE_URL,
    DOCTOR_PHONE: DOCTOR,
    BACKUP_PHONE: BACKUP,
    CLINIC_HOURS: "mon-fri 08:00-16:00",
    ...env,
  });
  const clock = { now: THURSDAY_EVENING, advance(ms: number) { this.now += ms; } };
  const logs: string[] = [];
  const logDestination = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  const instance = await listen(wire(config, { now: () => clock.now, logDestination, ...overrides }));
  const wired = instance.wired;
  const baseUrl = instance.baseUrl;
  const post = poster(baseUrl);

  return {
    ...wired, config, baseUrl, sms, calls, logs, clock, post, twilioFailsNext, twilioRejects,
    send: (overrides = {}) => post(buildInboundSms(overrides)),
    /** Another app instance on the same store (Redis), Twilio capture and clock. */
    async secondInstance() {
      const other = await listen(wire(config, { now: () => clock.now, logDestination, ...overrides }));
      return { ...other.wired, baseUrl: other.baseUrl, post: poster(other.baseUrl), close: other.close };
    },
    close: async () => {
      await instance.close();
      nock.cleanAll();
      nock.enableNetConnect();
    },
  };
}

async function listen(wired: Wired) {
  await wired.stores.connect();
  const server: Server = await new Promise((resolve) => {
    const s = wired.app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await wired.close();
  };
  return { wired, baseUrl, close };
}

function poster(baseUrl: string) {
  return async function post(fields: Record<string, string>, options: { signature?: string | null; path?: string } = {}): Promise<Reply> {
    const path = options.path ?? "/sms";
    const signature = options.signature === undefined ? twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}${path}`, fields) : options.signature;
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    if (signature !== null) headers["x-twilio-signature"] = signature;
    const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
    const text = await res.text();
    return { status: res.status, text, messages: decodeTwiml(text) };
  };
}

/** Retries an assertion until it holds or `ms` pass: for effects that run on the queue's workers. */
export async function eventually(assertion: () => void | Promise<void>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await assertion();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
