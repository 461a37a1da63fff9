import type { Request, Response, Router } from "express";
import { onCallAt } from "../clinic/on-call-rota.js";
import { parseOpeningHours } from "../clinic/opening-hours.js";
import type { Rota, RotaOverride, RotaSlot } from "../store/console-store.js";
import { langOf, staffOf, type ConsoleDeps } from "./console-deps.js";
import { TEXTS } from "./console-texts.js";
import { RotaPage } from "./views/rota-page.js";

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// The on-call rota, the dated overrides, the opening hours and the closed days. Everyone on
// the staff sees it; doctors and admins change it. A change takes effect at once: the bot
// reads it again before the next page.
export function rotaRoutes(router: Router, deps: ConsoleDeps): void {
  const { stores, bot, now } = deps;
  const canEdit = (res: Response) => staffOf(res).role !== "nurse";

  async function page(req: Request, res: Response, status = 200, notice: { text: string; problem?: boolean } | null = null) {
    const [rota, members] = await Promise.all([stores.rota.get(), stores.staff.list()]);
    const current = onCallAt(rota, now());
    res.status(status).send(<RotaPage staff={staffOf(res)} csrf={res.locals.csrf as string} rota={rota} members={members} now={current} canEdit={canEdit(res)} notice={notice ?? (req.query.n === "saved" ? { text: TEXTS[langOf(res)].saved } : null)} />);
  }

  router.get("/console/rota", (req, res) => page(req, res));

  /** Applies a change made by a doctor or an admin, records it, and lets the bot read it at once. */
  async function change(req: Request, res: Response, edit: (rota: Rota, body: Record<string, string>, doctors: Set<string>) => Rota | null, what: string) {
    if (!canEdit(res)) return void (await page(req, res, 403, { text: TEXTS[langOf(res)].rotaReadOnly, problem: true }));
    const [rota, members] = await Promise.all([stores.rota.get(), stores.staff.list()]);
    const doctors = new Set(members.filter((m) => m.role === "doctor").map((m) => m.id));
    const next = edit(rota, req.body as Record<string, string>, doctors);
    if (!next) return void (await page(req, res, 400, { text: TEXTS[langOf(res)].badInput, problem: true }));
    await stores.rota.put(next);
    await stores.audit.append({ at: now(), staffId: staffOf(res).id, who: staffOf(res).name, action: "rota", detail: what, ip: req.ip ?? "unknown" });
    await bot.onCall.refresh();
    res.redirect(303, "/console/rota?n=saved");
  }

  const person = (id: string | undefined, doctors: Set<string>, optional: boolean): string | null | undefined => (!id ? (optional ? null : undefined) : doctors.has(id) ? id : undefined);

  router.post("/console/rota/slot", (req, res) =>
    change(req, res, (rota, b, doctors) => {
      const slot: Partial<RotaSlot> = { day: Number(b.day), from: b.from, to: b.to, primary: person(b.primary, doctors, false) ?? undefined, backup: person(b.backup, doctors, true) };
      if (!(slot.day! >= 0 && slot.day! <= 6) || !TIME.test(slot.from ?? "") || !TIME.test(slot.to ?? "") || !slot.primary || slot.backup === undefined) return null;
      return { ...rota, slots: [...rota.slots, slot as RotaSlot].sort((a, b2) => a.day - b2.day || a.from.localeCompare(b2.from)) };
    }, "vagt tilføjet"),
  );

  router.post("/console/rota/override", (req, res) =>
    change(req, res, (rota, b, doctors) => {
      const o: Partial<RotaOverride> = { id: String(now()), from: b.from, to: b.to, primary: person(b.primary, doctors, false) ?? undefined, backup: person(b.backup, doctors, true) };
      if (!STAMP.test(o.from ?? "") || !STAMP.test(o.to ?? "") || o.to! <= o.from! || !o.primary || o.backup === undefined) return null;
      return { ...rota, overrides: [...rota.overrides, o as RotaOverride].sort((a, b2) => a.from.localeCompare(b2.from)) };
    }, "undtagelse tilføjet"),
  );

  router.post("/console/rota/remove", (req, res) =>
    change(req, res, (rota, b) => {
      const index = Number(b.index);
      if (b.kind === "slot" && rota.slots[index]) return { ...rota, slots: rota.slots.filter((_, i) => i !== index) };
      if (b.kind === "override" && rota.overrides[index]) return { ...rota, overrides: rota.overrides.filter((_, i) => i !== index) };
      return null;
    }, "vagt fjernet"),
  );

  router.post("/console/rota/hours", (req, res) =>
    change(req, res, (rota, b) => {
      const hours = (b.hours ?? "").trim() || null;
      const closed = (b.closed ?? "").split(/[\s,;]+/).filter(Boolean);
      if (closed.some((d) => !DATE.test(d))) return null;
      try {
        if (hours) parseOpeningHours(hours);
      } catch {
        return null;
      }
      return { ...rota, hours, closedDays: [...new Set(closed)].sort() };
    }, "åbningstider og lukkedage"),
  );
}
