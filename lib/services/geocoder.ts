import { env } from "@/lib/env";

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

/**
 * Looks an address up in a Nominatim-compatible service (GEOCODER_URL). Returns null when none is configured,
 * nothing is found or the service fails: the coordinator then places the point on the map.
 */
export async function geocode(
  address: Address,
  baseUrl = env.GEOCODER_URL,
): Promise<{ latitude: number; longitude: number } | null> {
  if (!baseUrl) return null;
  const url = new URL("search", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  url.search = new URLSearchParams({
    format: "jsonv2",
    limit: "1",
    countrycodes: "be",
    street: address.street,
    postalcode: address.postalCode,
    city: address.city,
  }).toString();
  try {
    const response = await fetch(url, {
      headers: { "User-Agent": "expeditie-zorg-planner", Accept: "application/json" },
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return null;
    const [first] = (await response.json()) as { lat?: string; lon?: string }[];
    const latitude = Number(first?.lat);
    const longitude = Number(first?.lon);
    if (!first || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
    return { latitude, longitude };
  } catch (error) {
    console.warn("[geocoder]", error instanceof Error ? error.message : error);
    return null;
  }
}
