import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const path = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

// Some tests run the built server (node dist/server.js, bundled), as production does. It is
// built here, once and before any test runs, when a source is newer than it: on a fresh clone too.
export default function setup(): void {
  const built = (() => {
    try {
      return statSync(join(root, "dist/server.js")).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(newest(join(root, "src")), ...["tsconfig.json", "tsconfig.build.json", "package-lock.json"].map((f) => statSync(join(root, f)).mtimeMs));
  if (built > sources) return;
  const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}
