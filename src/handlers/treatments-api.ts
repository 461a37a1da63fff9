import { timingSafeEqual } from "node:crypto";
import express, { type RequestHandler, type Router } from "express";
import { z } from "zod";
import type { TreatmentIntake } from "../bot/bot.js";
import type { TreatmentRecord } from "../store/treatment-store.js";
import { treatmentId, validateTreatment } from "../treatments/treatment.js";

// The booking system's way in: POST /api/treatments with a bearer token (TREATMENTS_API_TOKEN).
// A repeat of an external id stores nothing new and answers as the first time did, with 200.
// PATCH withdraws consent or closes the treatment; DELETE removes it: either ends the check-ins.
function bearer(token: string): RequestHandler {
  const expected = Buffer.from(token);
  return (req, res, next) => {
    const given = Buffer.from(/^Bearer (\S+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "");
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    res.status(401).set("www-authenticate", 'Bearer realm="treatments"').json({ error: "a valid bearer token is required" });
  };
}

const Change = z.object({ checkinConsent: z.literal(false).optional(), closed: z.literal(true).optional() }).strict()
  .refine((c) => c.checkinConsent !== undefined || c.closed !== undefined, "send {\"checkinConsent\": false} or {\"closed\": true}");

const view = (r: TreatmentRecord) => ({
  externalId: r.externalId,
  treatedAt: new Date(r.treatedAt).toISOString(),
  areas: r.areas,
  checkinConsent: r.checkinConsent,
  closed: r.closedAt !== null,
  checkins: (r.checkin?.snapshot.context.plan ?? []).map((c) => ({ day: c.day, at: new Date(c.at).toISOString() })),
  checkinState: r.checkin?.snapshot.value ?? "none",
});

export function treatmentsApi(options: { token: string; intake: TreatmentIntake; now: () => number; keptMs: number }): Router {
  const router = express.Router();
  router.use(bearer(options.token), express.json({ limit: "16kb" }));

  router.post("/", async (req, res) => {
    const checked = validateTreatment(req.body, options.now(), { keptMs: options.keptMs });
    if (!checked.ok) return void res.status(400).json({ errors: checked.errors });
    const { created, record } = await options.intake.add(checked.treatment);
    res.status(created ? 201 : 200).json(view(record));
  });

  router.patch("/:externalId", async (req, res) => {
    const change = Change.safeParse(req.body);
    if (!change.success) return void res.status(400).json({ errors: change.error.issues.map((i) => i.message) });
    const id = treatmentId(req.params.externalId!);
    let done = change.data.checkinConsent === false ? await options.intake.cancel(id, "consent") : null;
    if (change.data.closed) done = await options.intake.cancel(id, "closed");
    if (!done?.record) return void res.status(404).json({ error: "no such treatment" });
    res.status(200).json(view(done.record));
  });

  router.delete("/:externalId", async (req, res) => {
    const id = treatmentId(req.params.externalId!);
    const { found } = await options.intake.cancel(id, "deleted");
    res.status(found ? 204 : 404).end();
  });
  return router;
}
