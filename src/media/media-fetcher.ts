// Fetches a patient's photo from Twilio for the doctor, and from nowhere else. The account's
// credentials go only to the configured media hosts over https; a redirect is followed only
// to Twilio's media CDN, and without them (its URL is signed and short-lived). Only types a
// browser shows without running anything are returned: no HTML, no SVG, no type left to sniff.
export interface MediaSource {
  hosts: string[];
  redirectHosts: string[];
  accountSid: string;
  authToken: string;
}

export type Fetched = { ok: true; contentType: string; body: Buffer } | { ok: false; reason: "host" | "redirect" | "type" | "upstream" };

const SERVED = /^(image\/(jpeg|png|gif|webp|bmp|tiff|heic|heif|avif)|video\/[a-z0-9.+-]+|application\/pdf)$/;
// Twilio goes from its API to the CDN in one hop; a longer chain is not Twilio.
const MAX_REDIRECTS = 2;
const TIMEOUT_MS = 10_000;

/** True for https://<one of hosts>/..., on the default port, with no user info in the URL. */
function allowed(url: URL | null, hosts: string[]): url is URL {
  return url !== null && url.protocol === "https:" && url.port === "" && url.username === "" && url.password === "" && hosts.includes(url.hostname);
}

const parse = (raw: string, base?: URL): URL | null => {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
};

export function mediaFetcher(source: MediaSource) {
  const authorization = `Basic ${Buffer.from(`${source.accountSid}:${source.authToken}`).toString("base64")}`;
  return async function fetchMedia(raw: string): Promise<Fetched> {
    let url = parse(raw);
    if (!allowed(url, source.hosts)) return { ok: false, reason: "host" };
    let headers: Record<string, string> = { authorization };
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, { headers, redirect: "manual", signal });
      if (res.status >= 300 && res.status < 400) {
        await res.body?.cancel();
        const next = parse(res.headers.get("location") ?? "", url);
        if (hop >= MAX_REDIRECTS || !allowed(next, source.redirectHosts)) return { ok: false, reason: "redirect" };
        url = next;
        headers = {};
        continue;
      }
      const contentType = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (!res.ok || !SERVED.test(contentType)) {
        await res.body?.cancel();
        return { ok: false, reason: res.ok ? "type" : "upstream" };
      }
      return { ok: true, contentType, body: Buffer.from(await res.arrayBuffer()) };
    }
  };
}
