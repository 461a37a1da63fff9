import { createHmac, timingSafeEqual } from "node:crypto";

// Photo links for the doctor: /media/K7/0?exp=...&sig=..., signed and expiring. The raw
// Twilio media URL never leaves the server; the proxy fetches it with the account's credentials.
export class MediaLinks {
  constructor(
    private readonly secret: string,
    private readonly baseUrl: string,
    private readonly ttlMs: number,
  ) {}

  link(ref: string, index: number, now: number): string {
    const exp = Math.floor((now + this.ttlMs) / 1000);
    return `${this.baseUrl}/media/${ref}/${index}?exp=${exp}&sig=${this.sign(ref, index, exp)}`;
  }

  /** "ok", "expired" or "forged" for a link's parts. */
  check(ref: string, index: number, exp: string, sig: string, now: number): "ok" | "expired" | "forged" {
    const expected = Buffer.from(this.sign(ref, index, Number(exp)));
    const given = Buffer.from(String(sig));
    if (!/^\d+$/.test(String(exp)) || expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
    return Number(exp) * 1000 < now ? "expired" : "ok";
  }

  private sign(ref: string, index: number, exp: number): string {
    return createHmac("sha256", this.secret).update(`${ref.toUpperCase()}:${index}:${exp}`).digest("base64url");
  }
}
