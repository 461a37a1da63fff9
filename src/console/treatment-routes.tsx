import type { Request, Response, Router } from "express";
import type { CancelReason } from "../flows/checkin.machine.js";
import { langOf, staffOf, type ConsoleDeps } from "./console-deps.js";
import { TEXTS, type TextKey } from "./console-texts.js";
import { blankForm, formValues, readTreatmentForm, type FormError, type TreatmentFormValues } from "./treatment-form.js";
import { MessagePage } from "./views/login-pages.js";
import { TreatmentsPage } from "./views/treatments-page.js";

const ID = /^[0-9a-f]{24}$/;
const LISTED = 50;
// What an action leaves on the page (?n=...), as the staff member reads it.
const NOTICES: Record<string, { key: TextKey; problem?: boolean }> = {
  added: { key: "treatmentAdded" }, already: { key: "treatmentAlready" }, consent: { key: "consentDone" },
  closed: { key: "closeTreatmentDone" }, deleted: { key: "deleteDone" }, "delete-ask": { key: "deleteAsk", problem: true },
};

// The third way treatments come in, beside the import and the booking system's API: a form in
// the console, checked by the same validateTreatment and stored by the same intake
// (bot.treatments), so all three behave alike. Every staff member (doctor, nurse, admin) may
// register, withdraw consent, close and delete; each act is in the audit log with the
// treatment's id, never the patient's number or name.
export function treatmentRoutes(router: Router, deps: ConsoleDeps): void {
  const { config, stores, treatments, bot, now } = deps;
  const audit = (req: Request, res: Response, action: string, id?: string) =>
    stores.audit.append({ at: now(), staffId: staffOf(res).id, who: staffOf(res).name, action, ip: req.ip ?? "unknown", ...(id ? { detail: `behandling ${id}` } : {}) });

  async function page(req: Request, res: Response, status: number, form: TreatmentFormValues, errors: FormError[], notice: { text: string; problem?: boolean } | null) {
    const [records, members] = await Promise.all([treatments.recent(LISTED), stores.staff.list()]);
    const highlight = ID.test(String(req.query.t ?? "")) ? String(req.query.t) : null;
    // The treatment just registered or changed is shown even when newer treatments fill the list.
    const changed = highlight && !records.some((r) => r.id === highlight) ? await treatments.get(highlight) : null;
    res.status(status).send(
      <TreatmentsPage staff={staffOf(res)} csrf={res.locals.csrf as string} form={form} errors={errors} records={changed ? [changed, ...records] : records}
        highlight={highlight} doctors={members.filter((m) => m.role === "doctor").map((m) => m.name)} dataTtlDays={Math.round(config.dataTtlMs / 86_400_000)} notice={notice} />,
    );
  }

  router.get("/console/treatments", async (req, res) => {
    const n = NOTICES[String(req.query.n ?? "")];
    await audit(req, res, "treatments-viewed");
    const me = staffOf(res);
    await page(req, res, 200, blankForm(now(), me.role === "doctor" ? me.name : ""), [], n ? { text: TEXTS[langOf(res)][n.key], ...(n.problem ? { problem: true } : {}) } : null);
  });

  router.post("/console/treatments", async (req, res) => {
    const values = formValues((req.body ?? {}) as Record<string, unknown>);
    const read = readTreatmentForm(values, now(), config.dataTtlMs);
    // Refused: the form again as it was typed (with the same external id), and every reason.
    if (!read.ok) return void (await page(req, res, 400, values, read.errors, { text: TEXTS[langOf(res)].notSaved, problem: true }));
    // The form's external id was made with the blank form: a second submit of it stores nothing.
    const { created, record } = await bot.treatments.add(read.treatment);
    if (created) await audit(req, res, "treatment-added", record.id);
    res.redirect(303, `/console/treatments?n=${created ? "added" : "already"}&t=${record.id}`);
  });

  /** Ends the pending check-ins as the API's PATCH and DELETE do, through the same intake. */
  async function cancel(req: Request, res: Response, reason: Exclude<CancelReason, "stop">, action: string, notice: string) {
    const id = String(req.params.id ?? "");
    const done = ID.test(id) ? await bot.treatments.cancel(id, reason) : { found: false };
    if (!done.found) return void res.status(404).send(<MessagePage lang={langOf(res)} title="404" text={TEXTS[langOf(res)].treatmentGone} />);
    await audit(req, res, action, id);
    res.redirect(303, `/console/treatments?n=${notice}${reason === "deleted" ? "" : `&t=${id}`}`);
  }

  router.post("/console/treatments/:id/consent", (req, res) => cancel(req, res, "consent", "treatment-consent-withdrawn", "consent"));
  router.post("/console/treatments/:id/close", (req, res) => cancel(req, res, "closed", "treatment-closed", "closed"));
  router.post("/console/treatments/:id/delete", async (req, res) => {
    const id = String(req.params.id ?? "");
    if ((req.body as Record<string, string> | undefined)?.confirm !== "1" && ID.test(id)) return void res.redirect(303, `/console/treatments?n=delete-ask&t=${id}`);
    await cancel(req, res, "deleted", "treatment-deleted", "deleted");
  });
}
