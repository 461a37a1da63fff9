import type { Request, Response, Router } from "express";
import type { AuditFilter } from "../store/console-store.js";
import { langOf, staffOf, type ConsoleDeps } from "./console-deps.js";
import { TEXTS } from "./console-texts.js";
import { AuditPage } from "./views/audit-page.js";
import { MessagePage } from "./views/login-pages.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// A date in the filter is a Copenhagen day; an hour either side of UTC is close enough to pick it.
const dayStart = (date: string) => Date.parse(`${date}T00:00:00+01:00`);

// The audit log, for admins only: filtered by person, case or date, and exported as CSV.
export function auditRoutes(router: Router, deps: ConsoleDeps): void {
  const { stores } = deps;

  function filterOf(req: Request): { filter: AuditFilter; query: Record<string, string> } {
    const q = Object.fromEntries(["person", "case", "from", "to"].map((k) => [k, String(req.query[k] ?? "").trim().slice(0, 40)]));
    const filter: AuditFilter = { limit: 1000 };
    if (q.person) filter.staffId = q.person;
    if (q.case) filter.caseRef = q.case.toUpperCase();
    if (DATE.test(q.from!)) filter.from = dayStart(q.from!);
    if (DATE.test(q.to!)) filter.to = dayStart(q.to!) + 86_400_000;
    return { filter, query: q };
  }

  const adminOnly = (res: Response) => {
    if (staffOf(res).role === "admin") return true;
    res.status(403).send(<MessagePage lang={langOf(res)} title="403" text={TEXTS[langOf(res)].forbidden} />);
    return false;
  };

  router.get("/console/audit", async (req, res) => {
    if (!adminOnly(res)) return;
    const { filter, query } = filterOf(req);
    const [entries, members] = await Promise.all([stores.audit.list(filter), stores.staff.list()]);
    const exportUrl = `/console/audit.csv?${new URLSearchParams(query).toString()}`;
    res.send(<AuditPage staff={staffOf(res)} csrf={res.locals.csrf as string} entries={entries} members={members} query={query} exportUrl={exportUrl} />);
  });

  router.get("/console/audit.csv", async (req, res) => {
    if (!adminOnly(res)) return;
    const { filter } = filterOf(req);
    const entries = await stores.audit.list({ ...filter, limit: 100_000 });
    // A cell that starts like a formula is quoted with a ' so a spreadsheet shows it as text.
    const cell = (v: string) => `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
    const rows = [["tidspunkt", "hvem", "handling", "detaljer", "sag", "ip"], ...entries.map((e) => [new Date(e.at).toISOString(), e.who, e.action, e.detail ?? "", e.caseRef ?? "", e.ip])];
    await stores.audit.append({ at: deps.now(), staffId: staffOf(res).id, who: staffOf(res).name, action: "audit-exported", ip: req.ip ?? "unknown" });
    res.set("content-disposition", 'attachment; filename="revisionslog.csv"').type("text/csv; charset=utf-8").send(rows.map((r) => r.map(cell).join(",")).join("\r\n"));
  });
}
