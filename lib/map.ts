import { env } from "@/lib/env";

const OPENSTREETMAP = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
};

/** The map tiles: MAP_TILE_URL, OpenStreetMap when unset, none with "none" (maps then show only markers and legs). */
export function mapTiles(): { tileUrl?: string; attribution?: string } {
  if (env.MAP_TILE_URL === "none") return {};
  if (env.MAP_TILE_URL) return { tileUrl: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION };
  return { tileUrl: OPENSTREETMAP.url, attribution: OPENSTREETMAP.attribution };
}
