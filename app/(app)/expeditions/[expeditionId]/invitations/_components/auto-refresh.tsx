"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While mail is still going out, the page asks the server again every few seconds (with JavaScript). */
export function AutoRefresh({ active, everyMs = 3000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
