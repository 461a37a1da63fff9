import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { addStaff, auditStaffChange, enrolmentLink, ENROLMENT_HOURS, resetStaff, StaffError } from "../console/staff-accounts.js";
import { normalizePhone } from "../console/staff-auth.js";
import { createLogger } from "../log/logger.js";
import { ROLES, type Role } from "../store/console-store.js";
import { connectRedis, redisStores } from "../store/redis-store.js";

// `npm run staff -- add --name "Dr. Hansen" --role doctor --phone +4520123456`: the clinic's
// staff accounts, from the command line only. Each new or reset account gets a one-time
// enrolment link (valid 72 hours) that the person opens to set a password and the
// authenticator app. The accounts live in Redis (REDIS_URL), where the bot reads them.
const USAGE = `Brug:
  npm run staff -- add --name "Dr. Hansen" --role doctor|nurse|admin --phone +4520123456 [--language da|en]
  npm run staff -- reset --phone +4520123456     (ny adgangskode og ny godkendelsesapp; alle sessioner logges ud)
  npm run staff -- remove --phone +4520123456
  npm run staff -- list`;

function fail(message: string): never {
  process.stderr.write(`staff: ${message}\n`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, role: { type: "string" }, phone: { type: "string" }, language: { type: "string" } },
});
const command = positionals[0];
if (!command || !["add", "reset", "remove", "list"].includes(command)) fail(`ukendt kommando.\n${USAGE}`);

const config = (() => {
  try {
    return loadConfig();
  } catch (err) {
    return fail((err as Error).message);
  }
})();
if (!config.redis) fail("personalets konti ligger i Redis: sæt REDIS_URL (som botten selv bruger). Lokalt giver npm run chat et link til en første konto.");
const stores = redisStores(connectRedis(config.redis.url, createLogger("silent")), { prefix: config.redis.prefix, ttlMs: config.dataTtlMs, auditTtlMs: config.auditTtlMs });
const baseUrl = config.publicBaseUrl ?? `http://localhost:${config.port}`;
const cli = { id: null, name: "kommandolinjen", ip: "cli" };
const now = Date.now();

try {
  await stores.connect();
  if (command === "list") {
    for (const m of (await stores.staff.list()).sort((a, b) => a.name.localeCompare(b.name))) {
      process.stdout.write(`${m.name}\t${m.role}\t${m.phone}\t${m.enrolled ? "aktiv" : "venter på tilmelding"}\n`);
    }
  } else if (command === "add") {
    const role = values.role as Role;
    if (!values.name || !values.phone || !ROLES.includes(role)) fail(`add kræver --name, --phone og --role (${ROLES.join(", ")}).\n${USAGE}`);
    const language = values.language === "en" ? "en" : "da";
    const { member, token } = await addStaff(stores.staff, { name: values.name, role, phone: values.phone, language }, now);
    await auditStaffChange(stores.audit, cli, "staff-added", member, now);
    process.stdout.write(`${member.name} (${member.role}, ${member.phone}) er oprettet.\nEngangslink til tilmelding (gælder ${ENROLMENT_HOURS} timer; send det kun til personen selv):\n${enrolmentLink(baseUrl, token)}\n`);
  } else {
    const phone = normalizePhone(values.phone ?? "");
    const member = phone ? await stores.staff.byPhone(phone) : null;
    if (!member) fail(`ingen i personalet har nummeret ${values.phone ?? "(mangler --phone)"}`);
    if (command === "remove") {
      await stores.staff.remove(member.id);
      await auditStaffChange(stores.audit, cli, "staff-removed", member, now);
      process.stdout.write(`${member.name} er fjernet. Eventuelle sessioner afvises fra nu af.\n`);
    } else {
      const token = await resetStaff(stores.staff, member, now);
      await auditStaffChange(stores.audit, cli, "staff-reset", member, now);
      process.stdout.write(`${member.name} er nulstillet, og alle sessioner er logget ud.\nNyt engangslink (gælder ${ENROLMENT_HOURS} timer):\n${enrolmentLink(baseUrl, token)}\n`);
    }
  }
} catch (err) {
  if (err instanceof StaffError) fail(err.message);
  fail(`Redis svarer ikke på REDIS_URL (${(err as Error).message})`);
} finally {
  await stores.close();
}
