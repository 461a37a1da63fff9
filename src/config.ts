import { createHmac, randomUUID } from "node:crypto";
import { z } from "zod";
import { parseOpeningHours, type OpeningHours } from "./clinic/opening-hours.js";
import { gsmUnits } from "./text/gsm.js";
import { parseWindow, type CheckinWindow } from "./treatments/checkin-times.js";

// The only place that reads process.env. Every key is listed, with one comment, in .env.example.
const LOCAL_DOCTOR = "+4500000001";
// Danish numbers never start with 0: +450... is a placeholder such as .env.example's, never a phone.
const PLACEHOLDER_PHONE = /^\+450/;
const phone = z.string().regex(/^\+\d{6,15}$/, "must be E.164, e.g. +4512345678");
const minutes = z.coerce.number().positive();
// A comma-separated list of host names (no scheme, port or wildcard), matched exactly.
const hosts = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((list) => list.split(",").map((host) => host.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be host names such as api.twilio.com, separated by commas")).min(1));

const Env = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    PUBLIC_BASE_URL: z.url().optional(),
    TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, "must look like AC followed by 32 hex digits").optional(),
    TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
    TWILIO_FROM: phone.optional(),
    // A Content API template (HX...) that WhatsApp has approved, with one variable {{1}} for the
    // doctor's words: what a reply outside WhatsApp's 24-hour window is sent with.
    WHATSAPP_TEMPLATE_SID: z.string().regex(/^HX[0-9a-fA-F]{32}$/, "must look like HX followed by 32 hex digits (the template's Content SID)").optional(),
    DOCTOR_PHONE: phone.optional(),
    BACKUP_PHONE: phone.optional(),
    CLINIC_HOURS: z.string().default("mon-fri 08:00-16:00"),
    OUT_OF_HOURS_NUMBER: z.string().regex(/^\d{3,8}$/).default("1813"),
    // The region's service goes by its own name: Akuttelefonen 1813 in the Capital Region, Lægevagten elsewhere.
    OUT_OF_HOURS_NAME: z.string().trim().min(2).max(40).refine((name) => gsmUnits(name) !== null, "must be plain text an SMS can carry (letters, æøå, no emoji)").default("Akuttelefonen"),
    ACK_MINUTES_EMERGENCY: minutes.default(5),
    ACK_MINUTES_URGENT: minutes.default(15),
    SCREEN_MINUTES: minutes.default(10),
    CONVERSATION_IDLE_MINUTES: minutes.default(24 * 60),
    MEDIA_LINK_MINUTES: minutes.default(24 * 60),
    MEDIA_SIGNING_SECRET: z.string().min(16).optional(),
    // Twilio's inbound MediaUrl points at its API, which redirects to its media CDN (with
    // "Enforce HTTP Auth on Media URLs" on, to mms.twiliocdn.com).
    TWILIO_MEDIA_HOSTS: hosts("api.twilio.com"),
    TWILIO_MEDIA_REDIRECT_HOSTS: hosts("mms.twiliocdn.com"),
    OUTBOX_FILE: z.string().min(1).optional(),
    MAX_BODY_KB: z.coerce.number().int().positive().default(64),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://").optional(),
    REDIS_KEY_PREFIX: z.string().regex(/^[\w.-]{1,40}$/).default("akut"),
    DATA_TTL_DAYS: z.coerce.number().positive().default(30),
    // The console's audit log is kept this long (10 years, as a journal is), and nothing else.
    AUDIT_TTL_DAYS: z.coerce.number().positive().default(3650),
    // minimal: a page holds only the case's reference, level and console link (SMS cannot be secured).
    PAGE_DETAIL: z.enum(["full", "minimal"]).default("full"),
    // Signs the console's session cookies; derived from TWILIO_AUTH_TOKEN when unset.
    SESSION_SECRET: z.string().min(32).optional(),
    TWILIO_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    OUTBOUND_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(4),
    OUTBOUND_RETRY_MS: z.coerce.number().int().min(0).default(500),
    WEBHOOK_BUDGET_MS: z.coerce.number().int().positive().default(8_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
    FALLBACK_LOG: z.string().min(1).optional(),
    TIMER_TICK_MS: z.coerce.number().int().min(50).default(5_000),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
    ASSIST_TIMEOUT_MS: z.coerce.number().int().positive().max(10_000).default(3_000),
    // The booking system's bearer token for POST /api/treatments; the endpoint is off without it.
    TREATMENTS_API_TOKEN: z.string().min(24, "must be at least 24 characters (a long random string)").optional(),
    CHECKIN_WINDOW: z.string().default("09-20").refine((w) => parseWindow(w) !== null, 'must be hours such as "09-20" (Copenhagen time, at least 2 hours)'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production") {
      // Without these, production would run unsigned, page nobody or build links Twilio never calls.
      const needed = {
        TWILIO_ACCOUNT_SID: "sends the SMS and calls",
        TWILIO_AUTH_TOKEN: "checks that webhooks come from Twilio",
        PUBLIC_BASE_URL: "the https address Twilio calls; signatures are checked on it",
        DOCTOR_PHONE: "pages would go nowhere",
      } as const;
      for (const [name, why] of Object.entries(needed)) {
        if (!env[name as keyof typeof needed]) ctx.addIssue({ code: "custom", path: [name], message: `is required when NODE_ENV=production (${why})` });
      }
      if (env.PUBLIC_BASE_URL && !env.PUBLIC_BASE_URL.startsWith("https://")) {
        ctx.addIssue({ code: "custom", path: ["PUBLIC_BASE_URL"], message: "must be https when NODE_ENV=production (webhooks carry health data)" });
      }
      for (const name of ["DOCTOR_PHONE", "BACKUP_PHONE"] as const) {
        if (env[name] && PLACEHOLDER_PHONE.test(env[name])) {
          ctx.addIssue({ code: "custom", path: [name], message: "is a placeholder (no Danish number starts with 0): set a real mobile number" });
        }
      }
    }
    if (env.TWILIO_ACCOUNT_SID && (!env.TWILIO_AUTH_TOKEN || !env.TWILIO_FROM)) {
      ctx.addIssue({ code: "custom", path: ["TWILIO_FROM"], message: "TWILIO_ACCOUNT_SID needs TWILIO_AUTH_TOKEN and TWILIO_FROM as well" });
    }
  });

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  logLevel: string;
  publicBaseUrl?: string;
  twilio?: { accountSid: string; authToken: string; from: string };
  /**
   * The approved WhatsApp template for a doctor's reply outside WhatsApp's 24-hour window;
   * without it, such a reply goes by SMS.
   */
  whatsappTemplateSid?: string;
  /** Signatures are checked whenever this is set, in local mode too. */
  authToken?: string;
  doctorPhone: string;
  backupPhone?: string;
  hours: OpeningHours;
  /** The region's out-of-hours doctor, named in HJÆLP replies. */
  outOfHours: { name: string; number: string };
  ackMinutes: { emergency: number; urgent: number };
  /** How long an unanswered red-flag screen waits before the doctor is paged. */
  screenMinutes: number;
  conversationIdleMinutes: number;
  mediaLinkMinutes: number;
  mediaSigningSecret: string;
  /** Where the photo proxy may fetch: https only, credentials to `hosts` alone, redirects only to `redirectHosts`. */
  twilioMedia: { hosts: string[]; redirectHosts: string[] };
  outboxFile?: string;
  maxBodyKb: number;
  redis?: { url: string; prefix: string };
  /** How long conversations and cases are kept in Redis after their last change. */
  dataTtlMs: number;
  /** How long the console's audit log keeps an entry. */
  auditTtlMs: number;
  /** What a page to the doctor holds: everything, or only the reference, level and console link. */
  pageDetail: "full" | "minimal";
  /** Signs the console's session cookies and CSRF tokens. */
  sessionSecret: string;
  twilioTimeoutMs: number;
  outbound: { attempts: number; retryMs: number };
  /** The webhook answers within this, whatever is still running behind it. */
  webhookBudgetMs: number;
  /** Replies per sender per minute; a red-flag reply is never held back. */
  rateLimitPerMinute: number;
  /** File where messages answered by the fail-safe wait for replay; memory only when unset. */
  fallbackLog?: string;
  /** How often due deadlines and digests are looked for. */
  tickMs: number;
  /** The bearer token of POST /api/treatments; the endpoint answers 404 without it. */
  treatmentsApiToken?: string;
  /** When check-ins may go out, in Copenhagen time. */
  checkinWindow: CheckinWindow;
  /** The optional LLM assist; off unless OPENAI_API_KEY is set. */
  assist?: { apiKey: string; baseURL?: string; model: string; timeoutMs: number };
}

export class ConfigError extends Error {}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable (BACKUP_PHONE=) means "not set", as in most .env files.
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "env"} ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  let hours: OpeningHours;
  try {
    hours = parseOpeningHours(e.CLINIC_HOURS);
  } catch (err) {
    throw new ConfigError(`invalid configuration: CLINIC_HOURS ${(err as Error).message}`);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/$/, ""),
    twilio: e.TWILIO_ACCOUNT_SID ? { accountSid: e.TWILIO_ACCOUNT_SID, authToken: e.TWILIO_AUTH_TOKEN!, from: e.TWILIO_FROM! } : undefined,
    authToken: e.TWILIO_AUTH_TOKEN,
    whatsappTemplateSid: e.WHATSAPP_TEMPLATE_SID,
    // Local mode may page a placeholder; production refuses to start without the real number.
    doctorPhone: e.DOCTOR_PHONE ?? LOCAL_DOCTOR,
    backupPhone: e.BACKUP_PHONE,
    hours,
    outOfHours: { name: e.OUT_OF_HOURS_NAME, number: e.OUT_OF_HOURS_NUMBER },
    ackMinutes: { emergency: e.ACK_MINUTES_EMERGENCY, urgent: e.ACK_MINUTES_URGENT },
    screenMinutes: e.SCREEN_MINUTES,
    conversationIdleMinutes: e.CONVERSATION_IDLE_MINUTES,
    mediaLinkMinutes: e.MEDIA_LINK_MINUTES,
    // Without a secret of its own the media links are signed with the auth token, or, in
    // local mode, with a per-process random key (links then die with the process).
    mediaSigningSecret: e.MEDIA_SIGNING_SECRET ?? e.TWILIO_AUTH_TOKEN ?? crypto.randomUUID(),
    twilioMedia: { hosts: e.TWILIO_MEDIA_HOSTS, redirectHosts: e.TWILIO_MEDIA_REDIRECT_HOSTS },
    outboxFile: e.OUTBOX_FILE,
    maxBodyKb: e.MAX_BODY_KB,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_KEY_PREFIX } : undefined,
    dataTtlMs: e.DATA_TTL_DAYS * 24 * 60 * 60 * 1000,
    auditTtlMs: e.AUDIT_TTL_DAYS * 24 * 60 * 60 * 1000,
    pageDetail: e.PAGE_DETAIL,
    // Like the photo links, the sessions fall back on the auth token (a key of its own, derived
    // from it), or in local mode on a per-process random key: sessions then die with the process.
    sessionSecret: e.SESSION_SECRET ?? createHmac("sha256", e.TWILIO_AUTH_TOKEN ?? randomUUID()).update("akutlinje console sessions").digest("base64url"),
    twilioTimeoutMs: e.TWILIO_TIMEOUT_MS,
    outbound: { attempts: e.OUTBOUND_ATTEMPTS, retryMs: e.OUTBOUND_RETRY_MS },
    webhookBudgetMs: e.WEBHOOK_BUDGET_MS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    fallbackLog: e.FALLBACK_LOG,
    tickMs: e.TIMER_TICK_MS,
    treatmentsApiToken: e.TREATMENTS_API_TOKEN,
    checkinWindow: parseWindow(e.CHECKIN_WINDOW)!,
    assist: e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL, timeoutMs: e.ASSIST_TIMEOUT_MS } : undefined,
  };
}
