import { exportResponse } from "../export-response";

export function GET(request: Request) {
  return exportResponse("MANDATARIES", request);
}
