import type { ConsoleClient, Form } from "./console-client.js";
import { buildInboundSms, type Harness } from "./harness.js";

export const TREATMENTS_TOKEN = "treatments-token-0123456789abcdef";
let counter = 0;

/** A treatment as the booking system posts it, for a patient of its own. */
export function buildTreatment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    externalId: `booking-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    phone: buildInboundSms().From,
    treatedAt: "2026-11-26T14:30:00+01:00",
    areas: ["forehead", "frown-lines"],
    product: "Azzalure",
    units: 30,
    doctor: "MKR",
    checkinConsent: true,
    ...overrides,
  };
}

export async function postTreatment(h: Pick<Harness, "baseUrl">, body: unknown, token: string | null = TREATMENTS_TOKEN): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${h.baseUrl}/api/treatments`, { method: "POST", headers, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : null };
}

export async function changeTreatment(h: Pick<Harness, "baseUrl">, externalId: string, method: "PATCH" | "DELETE", body?: unknown): Promise<number> {
  const res = await fetch(`${h.baseUrl}/api/treatments/${encodeURIComponent(externalId)}`, {
    method, headers: { "content-type": "application/json", authorization: `Bearer ${TREATMENTS_TOKEN}` }, ...(body ? { body: JSON.stringify(body) } : {}),
  });
  await res.text();
  return res.status;
}

/** A patient who writes whatever the test sends. */
export function patientOf(h: Harness, from: string) {
  return { from, say: (body: string) => h.post(buildInboundSms({ From: from, Body: body })) };
}

/**
 * The console's treatment form as the staff fill it in, for a patient of its own, the number
 * written as Danes write it ("31 10 01 23"). `externalId` is the one the blank form came with.
 */
export function buildTreatmentForm(externalId: string, overrides: Form = {}): Form {
  const phone = buildInboundSms().From!.replace(/^\+45/, "").replace(/(\d\d)(?=\d)/g, "$1 ");
  return {
    externalId, phone, name: "", date: "2026-11-26", time: "14:30", areas: ["forehead", "frown-lines"],
    units: "30", product: "Azzalure", doctor: "MKR", consent: "yes", language: "da", ...overrides,
  };
}

/** The form's patient as Twilio gives the number: +4531100123. */
export const phoneOf = (form: Form) => `+45${String(form.phone).replace(/\s/g, "")}`;

/** Opens the console's treatments page and returns the external id its blank form carries. */
export async function openTreatmentForm(client: ConsoleClient): Promise<string> {
  const page = await client.get("/console/treatments");
  const id = /name="externalId" value="([^"]+)"/.exec(page.text)?.[1];
  if (page.status !== 200 || !id) throw new Error(`no treatment form (status ${page.status})`);
  return id;
}
