import { generate } from "otplib";
import { addStaff, completeEnrolment } from "../../src/console/staff-accounts.js";
import type { Role, StaffMember } from "../../src/store/console-store.js";
import type { Harness } from "./harness.js";

export const PASSWORD = "korrekt-hest-batteri-klips";

/** A form's fields; a list is sent as the same field once per value. */
export type Form = Record<string, string | string[]>;

export interface Page {
  status: number;
  location: string | null;
  text: string;
  headers: Headers;
}

/** A browser in miniature: keeps cookies, never follows redirects, finds the form's CSRF token. */
export function consoleClient(h: Harness) {
  const jar = new Map<string, string>();
  let csrf = "";
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  async function request(method: string, path: string, form?: Form, headers: Record<string, string> = {}): Promise<Page> {
    const res = await fetch(`${h.baseUrl}${path}`, {
      method,
      redirect: "manual",
      headers: { cookie: cookieHeader(), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}), ...headers },
      // A list is a field sent once per value, as ticked checkboxes are.
      body: form ? new URLSearchParams(Object.entries(form).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((one) => [k, one]))).toString() : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      if (/expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name!);
      else jar.set(name!, value.join("="));
    }
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) csrf = token;
    return { status: res.status, location: res.headers.get("location"), text, headers: res.headers };
  }
  return {
    jar,
    get: (path: string, headers?: Record<string, string>) => request("GET", path, undefined, headers),
    /** Posts a form with the last CSRF token seen (unless the form names its own). */
    post: (path: string, form: Form = {}) => request("POST", path, { _csrf: csrf, ...form }),
    get csrf() {
      return csrf;
    },
    set csrf(value: string) {
      csrf = value;
    },
  };
}
export type ConsoleClient = ReturnType<typeof consoleClient>;

/** The TOTP code a staff member's app shows at the harness's time (or `offsetMs` later). */
export const totpNow = (h: Harness, member: StaffMember, offsetMs = 0) => generate({ secret: member.totpSecret, epoch: Math.floor((h.clock.now + offsetMs) / 1000) });

let phones = 0;
/** A staff member enrolled as if they had opened their link: password set, app set up. */
export async function enrolledStaff(h: Harness, role: Role = "doctor", name = "Dr. Hansen", phone?: string): Promise<{ member: StaffMember; recovery: string[] }> {
  phones++;
  const { member } = await addStaff(h.stores.staff, { name, role, phone: phone ?? `+4540${String(100000 + phones).padStart(6, "0")}` }, h.clock.now);
  // The code used at enrolment is spent: the first login comes a time step later.
  const recovery = await completeEnrolment(h.stores.staff, member, PASSWORD, await totpNow(h, member), h.clock.now);
  h.clock.advance(31_000);
  await h.bot.onCall.refresh();
  return { member: (await h.stores.staff.get(member.id))!, recovery };
}

/** Logs in through the form, as a person would, and opens the inbox (whose forms carry the session's token). */
export async function logIn(h: Harness, client: ConsoleClient, member: StaffMember, code?: string): Promise<Page> {
  await client.get("/console/login");
  const res = await client.post("/console/login", { phone: member.phone, password: PASSWORD, code: code ?? (await totpNow(h, member)), next: "/console" });
  if (res.status === 303) await client.get("/console");
  return res;
}
