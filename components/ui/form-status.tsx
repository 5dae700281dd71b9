"use client";

import { useContext } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions";
import { FormPendingContext } from "./action-form";

export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel: string }) {
  const status = useFormStatus();
  const pending = useContext(FormPendingContext) ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className="btn-primary">
      {pending ? pendingLabel : children}
    </button>
  );
}

/** The form's outcome, announced to screen readers. */
export function FormAlert({ state }: { state: ActionState }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded border border-green-800 bg-green-50 p-3 text-green-900">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{state.error}</p>
      {Object.keys(state.fieldErrors).length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {Object.entries(state.fieldErrors).map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function fieldError(state: ActionState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors[name] : undefined;
}

/** The value to show in a field: what was just submitted (after an error), else the saved one. */
export function shownValue(state: ActionState, name: string, saved = ""): string {
  const value = state && !state.ok ? state.values?.[name] : undefined;
  return typeof value === "string" ? value : Array.isArray(value) ? (value[0] ?? saved) : saved;
}

/** Whether a checkbox or radio with this value was part of the failed submission (else `saved`). */
export function shownChecked(state: ActionState, name: string, value: string, saved = false): boolean {
  if (!state || state.ok || !state.values) return saved;
  const submitted = state.values[name];
  return Array.isArray(submitted) ? submitted.includes(value) : submitted === value;
}
