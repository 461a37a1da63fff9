import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { generateURI, verify } from "otplib";

// Passwords, TOTP and recovery codes for the staff's login. Passwords are hashed with scrypt, a
// memory-hard function from node:crypto (N = 2^15, r = 8: 32 MiB and about 0.1 s a hash), so a
// stolen hash costs an attacker as much memory per guess. Tokens and recovery codes are long
// random strings, so a plain SHA-256 is enough to keep them unreadable in the store.
const SCRYPT = { log2N: 15, r: 8, p: 1, keyLength: 32 };
export const PASSWORD_MIN = 12;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))));
}

const options = (log2N: number, r: number, p: number): ScryptOptions => ({ N: 2 ** log2N, r, p, maxmem: 2 * 128 * 2 ** log2N * r + 1024 * 1024 });

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize("NFC"), salt, SCRYPT.keyLength, options(SCRYPT.log2N, SCRYPT.r, SCRYPT.p));
  return ["scrypt", SCRYPT.log2N, SCRYPT.r, SCRYPT.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? "").split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") {
    // The same work for an unknown account, so the answer's time does not tell which accounts exist.
    await hashPassword(password);
    return false;
  }
  const [, log2N, r, p, salt, key] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(key, "base64url");
  const given = await scryptAsync(password.normalize("NFC"), Buffer.from(salt, "base64url"), expected.length, options(Number(log2N), Number(r), Number(p)));
  return timingSafeEqual(given, expected);
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");
export const randomToken = () => randomBytes(32).toString("base64url");

const CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
/** Ten one-time recovery codes such as "k7wq-m2rt-9xcz", for a lost phone. */
export function recoveryCodes(count = 10): string[] {
  const group = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return Array.from({ length: count }, () => `${group()}-${group()}-${group()}`);
}
export const normalizeRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/\s+/g, "");

/** The otpauth:// link the authenticator app reads from the QR code. */
export function totpUri(secret: string, name: string): string {
  return generateURI({ issuer: "Akutlinje", label: name, secret });
}

/**
 * The time step a 6-digit code is valid for (one step of 30 s either side, for a phone's clock),
 * or null. The caller refuses a step not later than the last one used: a code works once.
 */
export async function totpStep(secret: string, code: string, now: number): Promise<number | null> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epoch: Math.floor(now / 1000), epochTolerance: 30 });
  // A valid TOTP result names its time step; the type covers HOTP results too.
  return result.valid ? (result as { timeStep?: number }).timeStep ?? null : null;
}

/** A mobile number as E.164: "20 12 34 56", "0045 2012 3456" and "+45 20123456" are all +4520123456. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s().-]/g, "").replace(/^00/, "+");
  const phone = /^\d{8}$/.test(compact) ? `+45${compact}` : compact;
  return /^\+\d{6,15}$/.test(phone) ? phone : null;
}
