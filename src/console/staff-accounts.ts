import { randomBytes } from "node:crypto";
import { generateSecret } from "otplib";
import type { AuditLog, Role, StaffMember, StaffStore } from "../store/console-store.js";
import { hashPassword, normalizePhone, PASSWORD_MIN, randomToken, recoveryCodes, sha256, totpStep } from "./staff-auth.js";

// Creating staff accounts (from the command line), resetting them, and finishing an enrolment.
// An account starts with a one-time enrolment link; whoever opens it sets the password and the
// authenticator app, and gets the recovery codes. A reset starts the same way again and raises
// the account's epoch, so every session from before it is refused.
export const ENROLMENT_HOURS = 72;

export class StaffError extends Error {}

export interface NewStaff {
  name: string;
  role: Role;
  phone: string;
  language?: "da" | "en";
}

// The token goes in the query, which the request log never holds.
export const enrolmentLink = (baseUrl: string, token: string) => `${baseUrl}/console/enrol?t=${token}`;

function enrolment(now: number) {
  const token = randomToken();
  return { token, record: { tokenHash: sha256(token), expiresAt: now + ENROLMENT_HOURS * 3_600_000 } };
}

export async function addStaff(staff: StaffStore, input: NewStaff, now: number): Promise<{ member: StaffMember; token: string }> {
  const phone = normalizePhone(input.phone);
  if (!phone) throw new StaffError(`"${input.phone}" er ikke et mobilnummer (skriv det fx som +4520123456)`);
  const name = input.name.trim();
  if (name.length < 2 || name.length > 80) throw new StaffError("navnet skal være 2 til 80 tegn");
  if (await staff.byPhone(phone)) throw new StaffError(`en anden i personalet har allerede ${phone}`);
  const { token, record } = enrolment(now);
  const member: StaffMember = {
    id: randomBytes(6).toString("base64url"), name, role: input.role, phone, language: input.language ?? "da",
    passwordHash: null, totpSecret: generateSecret(), enrolled: false, enrolment: record, recoveryCodes: [],
    authEpoch: 0, lastTotpStep: null, createdAt: now,
  };
  await staff.put(member);
  return { member, token };
}

/** A lost phone or password: a new enrolment link, a new TOTP secret, and every session ended. */
export async function resetStaff(staff: StaffStore, member: StaffMember, now: number): Promise<string> {
  const { token, record } = enrolment(now);
  await staff.put({ ...member, passwordHash: null, totpSecret: generateSecret(), enrolled: false, enrolment: record, recoveryCodes: [], authEpoch: member.authEpoch + 1, lastTotpStep: null });
  return token;
}

/** The account whose enrolment link this is, while the link is good. */
export async function enrollingMember(staff: StaffStore, token: string, now: number): Promise<StaffMember | null> {
  const hash = sha256(token);
  const member = (await staff.list()).find((m) => m.enrolment?.tokenHash === hash);
  return member && member.enrolment!.expiresAt > now ? member : null;
}

/** Sets the password once the code from the new authenticator app checks out; returns the recovery codes. */
export async function completeEnrolment(staff: StaffStore, member: StaffMember, password: string, code: string, now: number): Promise<string[]> {
  if (password.length < PASSWORD_MIN) throw new StaffError("password-short");
  const step = await totpStep(member.totpSecret, code, now);
  if (step === null) throw new StaffError("code-wrong");
  const codes = recoveryCodes();
  await staff.put({
    ...member, passwordHash: await hashPassword(password), enrolled: true, enrolment: null,
    recoveryCodes: codes.map(sha256), lastTotpStep: step, authEpoch: member.authEpoch + 1,
  });
  return codes;
}

export async function auditStaffChange(audit: AuditLog, who: { id: string | null; name: string; ip: string }, action: string, member: StaffMember, now: number): Promise<void> {
  await audit.append({ at: now, staffId: who.id, who: who.name, action, detail: `${member.name} (${member.role})`, ip: who.ip });
}
