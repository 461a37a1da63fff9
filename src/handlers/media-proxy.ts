import type { RequestHandler } from "express";
import type { MediaLinks } from "../media/media-links.js";
import type { CaseStore } from "../store/store.js";

/**
 * GET /media/:ref/:index?exp&sig: serves a case photo to whoever holds the signed link,
 * fetching it from Twilio with the account's credentials.
 */
export function mediaProxy(links: MediaLinks, cases: CaseStore, credentials: { accountSid: string; authToken: string }, now: () => number): RequestHandler {
  const auth = `Basic ${Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString("base64")}`;
  return async (req, res) => {
    const ref = String(req.params.ref);
    const index = Number(req.params.index);
    const verdict = links.check(ref, index, String(req.query.exp ?? ""), String(req.query.sig ?? ""), now());
    if (verdict !== "ok") {
      res.status(verdict === "expired" ? 410 : 403).type("text/plain").send(verdict === "expired" ? "link expired" : "invalid link");
      return;
    }
    const media = (await cases.get(ref))?.snapshot.context.media[index];
    if (!media) {
      res.status(404).type("text/plain").send("no such photo");
      return;
    }
    try {
      const upstream = await fetch(media.url, { headers: { authorization: auth }, signal: AbortSignal.timeout(10_000) });
      if (!upstream.ok) throw new Error(`upstream ${upstream.status}`);
      res.status(200).type(upstream.headers.get("content-type") ?? media.contentType).set("cache-control", "private, no-store");
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.status(502).type("text/plain").send("photo could not be fetched");
    }
  };
}
