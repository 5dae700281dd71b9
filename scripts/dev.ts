// `npm run dev`: `next dev` with the environment `npm start` prepares (APP_URL, and NEXTAUTH_SECRET generated once
// into .data/), so sessions and personal links never come from a constant.
import { spawn } from "node:child_process";
import { prepareEnvironment } from "./runtime-config";

const { port, host } = prepareEnvironment();
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-H", host, "-p", String(port)], {
  stdio: "inherit",
  env: process.env,
});
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
