"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { MapView } from "./leaflet-map";

/** Reads a coordinate as typed ("51,2031"), or null. */
function typed(id: string): number | null {
  const input = document.getElementById(id) as HTMLInputElement | null;
  const value = input ? Number(input.value.replace(",", ".")) : NaN;
  return input && input.value.trim() !== "" && Number.isFinite(value) ? value : null;
}

/**
 * A map beside the latitude and longitude fields: clicking places the point and fills the fields; typing in the
 * fields moves the point. The fields stay the keyboard and no-JavaScript way to set it.
 */
export function LocationPicker({
  latitudeId,
  longitudeId,
  title,
  tileUrl,
  attribution,
}: {
  latitudeId: string;
  longitudeId: string;
  title: string;
  tileUrl?: string;
  attribution?: string;
}) {
  const t = useTranslations("services.form");
  const [point, setPoint] = useState<{ latitude: number; longitude: number } | null>(null);

  useEffect(() => {
    const sync = () => {
      const latitude = typed(latitudeId);
      const longitude = typed(longitudeId);
      setPoint(latitude !== null && longitude !== null ? { latitude, longitude } : null);
    };
    sync();
    const inputs = [latitudeId, longitudeId].map((id) => document.getElementById(id));
    inputs.forEach((input) => input?.addEventListener("input", sync));
    return () => inputs.forEach((input) => input?.removeEventListener("input", sync));
  }, [latitudeId, longitudeId]);

  const markers = useMemo(() => (point ? [{ ...point, label: "", title }] : []), [point, title]);

  const place = (latitude: number, longitude: number) => {
    const round = (n: number) => String(Math.round(n * 1e6) / 1e6);
    (document.getElementById(latitudeId) as HTMLInputElement).value = round(latitude);
    (document.getElementById(longitudeId) as HTMLInputElement).value = round(longitude);
    setPoint({ latitude, longitude });
  };

  return (
    <div className="flex flex-col gap-1">
      <p id="map-pick-hint" className="text-sm text-slate-700">
        {t("mapHint")}
      </p>
      <MapView label={t("mapLabel")} markers={markers} tileUrl={tileUrl} attribution={attribution} onPick={place} />
    </div>
  );
}
