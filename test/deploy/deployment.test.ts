import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Docker cannot run where the suite runs: these read the deployment files as Docker would.
const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (file: string) => readFileSync(join(root, file), "utf8");
const exampleKeys = () => new Set([...read(".env.example").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

describe("the Docker image", () => {
  const dockerfile = read("Dockerfile");

  it("runs on the Node major the test suite runs on, in every stage", () => {
    const images = [...dockerfile.matchAll(/^FROM\s+node:(\d+)[^\s]*/gm)].map((m) => Number(m[1]));
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const major of images) expect(major).toBe(Number(process.versions.node.split(".")[0]));
  });

  it("runs the server with the Node flags of npm run start:prod, which the bench runs it with too", () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    const startProd = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts["start:prod"]!;
    const flags = (words: string[]) => words.filter((w) => w.startsWith("--") && !w.startsWith("--env-file"));
    expect(cmd.at(-1)).toBe("dist/server.js");
    expect(flags(cmd)).toEqual(flags(startProd.split(/\s+/)));
    expect(flags(cmd)).toContain("--max-old-space-size=1536");
  });

  it("runs as node, with the fail-safe's log in a directory that exists and node owns", () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    const fallbackLog = /^ENV FALLBACK_LOG=(\S+)$/m.exec(dockerfile)?.[1];
    expect(fallbackLog).toBeDefined();
    const dir = dirname(fallbackLog!);
    const made = dockerfile.split("\n").find((l) => l.startsWith("RUN") && l.includes(`mkdir -p ${dir}`));
    expect(made).toMatch(new RegExp(`chown node:node ${dir}`));
    expect(dockerfile).toMatch(new RegExp(`^VOLUME ${dir}$`, "m"));
    // Before USER node: the directory is made by root, then handed over.
    expect(dockerfile.indexOf(made!)).toBeLessThan(dockerfile.lastIndexOf("USER node"));
  });
});

describe("compose.yaml", () => {
  it("exists and parses as YAML", () => {
    expect(existsSync(join(root, "compose.yaml"))).toBe(true);
    expect(() => parse(read("compose.yaml"))).not.toThrow();
  });

  it("runs Redis with an append-only file on a named volume, never evicting queue jobs", () => {
    const compose = parse(read("compose.yaml"));
    const redis = compose.services.redis;
    const command = (redis.command as string[]).join(" ");
    expect(command).toMatch(/--appendonly yes/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
    const [volume, path] = (redis.volumes[0] as string).split(":");
    expect(path).toBe("/data");
    expect(compose.volumes).toHaveProperty(volume!);
    expect(redis.healthcheck.test).toContain("ping");
    expect(redis.ports).toBeUndefined();
  });

  it("runs the bot in production on that Redis, its fail-safe log on a volume, reachable only from this machine", () => {
    const compose = parse(read("compose.yaml"));
    const bot = compose.services.bot;
    expect(bot.build).toBe(".");
    expect(bot.env_file).toBe(".env");
    expect(bot.environment.NODE_ENV).toBe("production");
    expect(bot.environment.REDIS_URL).toBe("redis://redis:6379");
    expect(bot.depends_on.redis.condition).toBe("service_healthy");
    const mounts = (bot.volumes as string[]).map((v) => v.split(":"));
    const logDir = dirname(bot.environment.FALLBACK_LOG as string);
    expect(mounts.some(([name, path]) => path === logDir && name! in compose.volumes)).toBe(true);
    expect(bot.ports).toEqual([`127.0.0.1:${bot.environment.PORT}:${bot.environment.PORT}`]);
    // Every setting it names is one the bot reads.
    for (const key of Object.keys(bot.environment)) expect(exampleKeys(), key).toContain(key);
  });
});
