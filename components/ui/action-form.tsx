"use client";

import { createContext, useEffect, useRef, useTransition, type FormHTMLAttributes } from "react";
import type { ActionState } from "@/lib/actions";

export const FormPendingContext = createContext<boolean | null>(null);

/**
 * A form for a server action that keeps what the user typed when the server answers with an error.
 * With JavaScript it submits itself (React would otherwise reset every field after the action, selects
 * included); without JavaScript the browser posts the form and the page comes back with the submitted values.
 * After a success the fields go back to their saved values.
 */
export function ActionForm({
  formAction,
  state,
  children,
  ...props
}: { formAction: (formData: FormData) => void; state: ActionState } & Omit<
  FormHTMLAttributes<HTMLFormElement>,
  "action"
>) {
  const ref = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  return (
    <form
      ref={ref}
      action={formAction}
      noValidate
      {...props}
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <FormPendingContext.Provider value={pending}>{children}</FormPendingContext.Provider>
    </form>
  );
}
