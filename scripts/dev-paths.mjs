// Where `npm start` keeps the dev server's pid and log (inside node_modules/.cache, never committed).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const STATE_DIR = resolve(ROOT, "node_modules", ".cache", "wres-dev-server");
export const PID_FILE = resolve(STATE_DIR, "dev-server.pid");
export const LOG_FILE = resolve(STATE_DIR, "dev-server.log");
export const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
export const BASE_URL = `https://localhost:${PORT}/`;
