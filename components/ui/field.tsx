import type { ReactNode } from "react";

interface FieldProps {
  name: string;
  /** The control's id when `name` is not unique on the page (defaults to `name`). */
  id?: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

export function describedBy(name: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Label, hint and error around a control whose id is `id` (or `name`). */
export function FieldShell({
  name,
  id = name,
  label,
  error,
  hint,
  required,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

export function TextField(
  props: FieldProps & {
    type?: "text" | "email" | "password" | "date" | "time" | "number" | "tel";
    defaultValue?: string | number;
    autoComplete?: string;
    step?: string;
    inputMode?: "decimal" | "numeric" | "email" | "tel" | "text";
  },
) {
  const { name, id = name, error, hint, required, type = "text", defaultValue, autoComplete, step, inputMode } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        step={step}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
      />
    </FieldShell>
  );
}

/** A required file upload (a plain form posts it, with or without JavaScript). */
export function FileField(props: FieldProps & { accept: string }) {
  const { name, id = name, error, hint, accept } = props;
  return (
    <FieldShell {...props} required>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { defaultValue?: string; rows?: number }) {
  const { name, id = name, error, hint, required, defaultValue, rows = 4 } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & { options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string },
) {
  const { name, id = name, error, hint, required, options, defaultValue, placeholder } = props;
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A list of checkboxes sharing one name, with its legend, hint and error. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  error,
  options,
  isChecked,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: React.ReactNode }[];
  isChecked: (value: string) => boolean;
}) {
  return (
    <fieldset aria-describedby={describedBy(name, error, hint)}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={isChecked(option.value)}
                className="h-5 w-5"
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
