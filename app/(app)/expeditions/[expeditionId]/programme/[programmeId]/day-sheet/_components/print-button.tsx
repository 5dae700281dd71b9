"use client";

/** Opens the browser's print dialog; the print styles leave out the site's header and the buttons. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
