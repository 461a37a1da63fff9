import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, inject, it } from "vitest";
import { startHarness, type Harness } from "../support/harness.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

/** The staff CLI as the clinic's IT person runs it, against the test Redis under `prefix`. */
async function staff(prefix: string, ...args: string[]) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: prefix, PUBLIC_BASE_URL: "https://akutlinje.test" };
  if (process.env.AKUTLINJE_SUITE) env.AKUTLINJE_SUITE = process.env.AKUTLINJE_SUITE;
  return run(process.execPath, ["--import", "tsx", "src/cli/staff-cli.ts", ...args], { cwd: root, env, timeout: 20_000 }).catch((err: { code: number; stdout: string; stderr: string }) => err);
}

describe("npm run staff", () => {
  it("adds a staff member and prints a one-time enrolment link that the console opens", async () => {
    const prefix = `cli-${randomUUID().slice(0, 8)}`;
    const out = await staff(prefix, "add", "--name", "Dr. Hansen", "--role", "admin", "--phone", "20 12 34 56");
    expect(out.stdout).toContain("Dr. Hansen (admin, +4520123456) er oprettet.");
    const link = /https:\/\/akutlinje\.test(\/console\/enrol\?t=[\w-]+)/.exec(out.stdout)![1]!;
    h = await startHarness({ REDIS_KEY_PREFIX: prefix }, { redis: true });
    const page = await fetch(`${h.baseUrl}${link}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Opret adgang til konsollen: Dr. Hansen");
    expect((await h.stores.audit.list({})).map((e) => [e.who, e.action, e.detail])).toEqual([["kommandolinjen", "staff-added", "Dr. Hansen (admin)"]]);
    // A second account with the same number is refused, naming why.
    const again = await staff(prefix, "add", "--name", "Dr. Hansen", "--role", "doctor", "--phone", "+4520123456");
    expect(again.stderr).toContain("en anden i personalet har allerede +4520123456");
    const reset = await staff(prefix, "reset", "--phone", "+4520123456");
    expect(reset.stdout).toMatch(/Nyt engangslink[\s\S]*\/console\/enrol\?t=/);
    expect((await fetch(`${h.baseUrl}${link}`)).status).toBe(404);
  });

  it("refuses a role it does not know, and says Redis is needed without REDIS_URL", async () => {
    const bad = await staff(`cli-${randomUUID().slice(0, 8)}`, "add", "--name", "X Y", "--role", "boss", "--phone", "+4520123456");
    expect(bad.stderr).toMatch(/--role \(doctor, nurse, admin\)/);
    const env = { PATH: process.env.PATH ?? "" };
    const local = await run(process.execPath, ["--import", "tsx", "src/cli/staff-cli.ts", "list"], { cwd: root, env }).catch((err: { stderr: string }) => err);
    expect(local.stderr).toContain("sæt REDIS_URL");
  });
});
