import cookieParser from "cookie-parser";
import { doubleCsrf } from "csrf-csrf";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import session from "express-session";
import helmet from "helmet";
import { auditRoutes } from "./audit-routes.js";
import { caseRoutes } from "./case-routes.js";
import { CONSOLE_CSS, CONSOLE_JS } from "./console-assets.js";
import { ABSOLUTE_MS, IDLE_MS, type ConsoleDeps } from "./console-deps.js";
import { TEXTS } from "./console-texts.js";
import { loginRoutes } from "./login-routes.js";
import { rotaRoutes } from "./rota-routes.js";
import { treatmentRoutes } from "./treatment-routes.js";
import { MessagePage } from "./views/login-pages.js";

// The clinic console, under /console, and the pages' short links (/k/K7). Nothing here answers
// without a session but the login, the enrolment link and the stylesheet and script: every
// other path redirects to the login. Every form carries a CSRF token; helmet sets a CSP that
// runs no inline script; sessions live in the store, idle 30 minutes and 12 hours at most.
const ASSETS: Record<string, { type: string; body: string }> = {
  "console.css": { type: "text/css", body: CONSOLE_CSS },
  "console.js": { type: "text/javascript", body: CONSOLE_JS },
};

export async function consoleApp(deps: ConsoleDeps): Promise<express.Router> {
  const { config, stores, now } = deps;
  const production = config.env === "production";
  const router = express.Router();

  const security = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        // The enrolment QR code is a data: image.
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
      },
    },
    strictTransportSecurity: production,
    referrerPolicy: { policy: "same-origin" },
  });
  const noStore: RequestHandler = (_req, res, next) => {
    res.set("cache-control", "no-store");
    next();
  };
  const sessions = session({
    name: production ? "__Host-akut.sid" : "akut.sid",
    secret: config.sessionSecret,
    store: await stores.sessions(),
    resave: false,
    saveUninitialized: false,
    // The cookie and the stored session last 30 idle minutes; the 12 hours are checked below.
    rolling: true,
    proxy: true,
    cookie: { httpOnly: true, secure: production, sameSite: "lax", path: "/", maxAge: IDLE_MS },
  });
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => config.sessionSecret,
    getSessionIdentifier: (req) => req.session.id,
    cookieName: production ? "__Host-akut.csrf" : "akut.csrf",
    cookieOptions: { httpOnly: true, secure: production, sameSite: "lax", path: "/" },
    getCsrfTokenFromRequest: (req) => (req.body as Record<string, string> | undefined)?._csrf ?? req.get("x-csrf-token"),
  });
  const csrfToken = (req: express.Request, res: express.Response) => generateCsrfToken(req, res);

  router.get("/console/assets/:file", (req, res) => {
    const asset = ASSETS[String(req.params.file)];
    if (!asset) return void res.status(404).type("text/plain").send("not found");
    res.set("cache-control", "public, max-age=300").set("x-content-type-options", "nosniff").type(asset.type).send(asset.body);
  });

  router.use(["/console", "/k"], security, noStore, cookieParser(), sessions, express.urlencoded({ extended: false, limit: "100kb", parameterLimit: 50 }), doubleCsrfProtection);
  loginRoutes(router, deps, csrfToken);

  // Every other page: a session of a staff member whose account is as it was at login.
  const guard: RequestHandler = async (req, res, next) => {
    const s = req.session;
    const toLogin = (why?: string) => {
      const target = `/console/login?next=${encodeURIComponent(req.originalUrl.startsWith("/k/") ? `/console/cases/${req.originalUrl.slice(3)}` : req.originalUrl)}${why ? `&why=${why}` : ""}`;
      // The inbox's poll learns it must log in again; a page goes to the login.
      if (req.get("x-poll")) return void res.status(401).json({ login: target });
      res.redirect(303, target);
    };
    if (!s.staffId) return toLogin();
    const member = await stores.staff.get(s.staffId);
    const at = now();
    const why = !member || !member.enrolled || member.authEpoch !== s.epoch ? "reset" : at - (s.createdAt ?? 0) > ABSOLUTE_MS ? "absolute" : at - (s.lastSeenAt ?? 0) > IDLE_MS ? "idle" : null;
    if (why) return void s.destroy(() => toLogin(why));
    // The inbox's own polling is not the staff member at the screen: it keeps nobody logged in.
    if (!req.get("x-poll")) s.lastSeenAt = at;
    res.locals.staff = member;
    res.locals.csrf = csrfToken(req, res);
    next();
  };
  router.use(["/console", "/k"], guard);

  // The page's short link: /k/K7 is the case, once logged in.
  router.get("/k/:ref", (req, res) => res.redirect(303, `/console/cases/${encodeURIComponent(String(req.params.ref))}`));
  caseRoutes(router, deps);
  treatmentRoutes(router, deps);
  rotaRoutes(router, deps);
  auditRoutes(router, deps);

  router.use(["/console", "/k"], (_req, res) => {
    res.status(404).send(<MessagePage lang={res.locals.staff?.language ?? "da"} title="404" text={TEXTS[res.locals.staff?.language === "en" ? "en" : "da"].notFound} />);
  });
  const onError: ErrorRequestHandler = (err, req, res, next) => {
    if (!req.originalUrl.startsWith("/console") && !req.originalUrl.startsWith("/k/")) return next(err);
    const lang = res.locals.staff?.language === "en" ? "en" : "da";
    if ((err as { code?: string }).code === "EBADCSRFTOKEN") return void res.status(403).send(<MessagePage lang={lang} title="403" text={TEXTS[lang].csrf} />);
    next(err);
  };
  router.use(onError);
  return router;
}
