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

/** A success, announced to screen readers: after a form, or on a page reached by a redirect. */
export function StatusMessage({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="rounded border-2 border-green-800 bg-green-50 p-3 font-semibold text-green-900">
      {children}
    </div>
  );
}

/** The form's outcome, announced to screen readers. */
export function FormAlert({ state }: { state: ActionState }) {
  if (!state) return null;
  if (state.ok) return state.message ? <StatusMessage>{state.message}</StatusMessage> : null;
  // A refusal about one field already names it in the heading; list only what the heading does not say.
  const details = Object.entries(state.fieldErrors).filter(([, message]) => message !== state.error);
  return (
    <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{state.error}</p>
      {details.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {details.map(([field, message]) => (
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

/** A field's name, shown value and error, to spread into a TextField, TextArea or SelectField. */
export function fieldProps(state: ActionState, name: string, saved = "") {
  return { name, defaultValue: shownValue(state, name, saved), error: fieldError(state, name) };
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
