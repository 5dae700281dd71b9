"use client";

import "leaflet/dist/leaflet.css";
import type { Map as LeafletMap } from "leaflet";
import { useEffect, useRef } from "react";
import { escapeHtml } from "@/lib/text";

const NO_LINES: [number, number][][] = [];

export interface MapMarker {
  latitude: number;
  longitude: number;
  /** Shown in the marker (a number, or empty) and read as its name. */
  label: string;
  title: string;
}

/**
 * A Leaflet map. Without a tile URL it still shows the markers and lines on a plain background,
 * so the app never depends on an outside tile server. Leaflet needs the browser: it is loaded on mount.
 */
export function MapView({
  markers,
  lines = NO_LINES,
  tileUrl,
  attribution,
  label,
  onPick,
  className = "h-72 w-full rounded border border-slate-400",
}: {
  markers: MapMarker[];
  lines?: [number, number][][];
  tileUrl?: string;
  attribution?: string;
  /** The map's accessible name. */
  label: string;
  /** When given, a click on the map reports the point. */
  onPick?: (latitude: number, longitude: number) => void;
  className?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current) return;
      const leaflet = map.current ?? L.map(container.current, { zoomControl: true });
      if (!map.current) {
        map.current = leaflet;
        if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(leaflet);
        leaflet.on("click", (event) => pick.current?.(event.latlng.lat, event.latlng.lng));
      }
      leaflet.eachLayer((layer) => {
        if (layer instanceof L.Marker || layer instanceof L.Polyline) layer.remove();
      });
      for (const line of lines) L.polyline(line, { color: "#1f4e79", weight: 4 }).addTo(leaflet);
      for (const marker of markers) {
        const icon = L.divIcon({
          className: "map-marker",
          html: `<span aria-hidden="true">${escapeHtml(marker.label)}</span>`,
          iconSize: [28, 28],
        });
        // Not focusable: the same information is in the page's text next to the map.
        L.marker([marker.latitude, marker.longitude], { icon, title: marker.title, keyboard: false }).addTo(leaflet);
      }
      const points = markers.map((m) => [m.latitude, m.longitude] as [number, number]);
      if (points.length === 1) leaflet.setView(points[0]!, 16);
      else if (points.length > 1) leaflet.fitBounds(points, { padding: [24, 24] });
      else leaflet.setView([50.85, 4.35], 8);
    });
    return () => {
      cancelled = true;
    };
  }, [markers, lines, tileUrl, attribution]);

  useEffect(
    () => () => {
      map.current?.remove();
      map.current = null;
    },
    [],
  );

  return <div ref={container} role="region" aria-label={label} className={className} />;
}
