import type { RequestHandler, Response } from "express";
import { mediaFetcher, type MediaSource } from "../media/media-fetcher.js";
import type { MediaLinks } from "../media/media-links.js";
import type { CaseStore } from "../store/store.js";

// Everything this route answers is shown in a browser under the bot's own origin, so no
// answer may run anything there: never sniffed, inline only, and a CSP that loads nothing
// but the photo itself and sandboxes even that.
const HARDENED = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
  "cache-control": "private, no-store",
  // The link's signature is in its query: never hand it on.
  "referrer-policy": "no-referrer",
};

const fail = (res: Response, status: number, text: string) => void res.status(status).set(HARDENED).type("text/plain").send(text);

/**
 * GET /media/:ref/:index?exp&sig: serves a case photo to whoever holds the signed link,
 * fetching it from Twilio's media hosts (see media-fetcher.ts).
 *
 * A MediaUrl outside those hosts is not refused when the message comes in: refusing the
 * webhook would lose the patient's words, and dropping the photo would hide that one was
 * sent. So the message is triaged as always (a red flag gets 112 and the page), the photo
 * stays on the case and its link reaches the doctor, and only here, where credentials would
 * be sent, is it refused, with a text that tells the doctor to ask the patient.
 */
export function mediaProxy(links: MediaLinks, cases: CaseStore, source: MediaSource, now: () => number): RequestHandler {
  const fetchMedia = mediaFetcher(source);
  return async (req, res) => {
    const ref = String(req.params.ref);
    const index = Number(req.params.index);
    const verdict = links.check(ref, index, String(req.query.exp ?? ""), String(req.query.sig ?? ""), now());
    if (verdict !== "ok") return fail(res, verdict === "expired" ? 410 : 403, verdict === "expired" ? "link expired" : "invalid link");
    const media = (await cases.get(ref))?.snapshot.context.media[index];
    if (!media) return fail(res, 404, "no such photo");
    const fetched = await fetchMedia(media.url).catch(() => ({ ok: false }) as const);
    if (!fetched.ok) return fail(res, 502, "Billedet kunne ikke hentes fra Twilio. Bed patienten beskrive det eller sende det igen.");
    res.status(200).set(HARDENED).set("content-disposition", "inline").type(fetched.contentType).send(fetched.body);
  };
}
