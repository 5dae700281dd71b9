"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FileField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { bannerAction } from "../actions";

/** The current campaign banner, a form to upload another and, for an own banner, one to remove it. */
export function BannerSettings({ src, own, organization }: { src: string; own: boolean; organization: string }) {
  const t = useTranslations("settings.banner");
  // Both forms share one action, so the section shows the outcome of whichever was sent last.
  const [state, action] = useActionState<ActionState, FormData>(bannerAction, null);
  const error = fieldError(state, "banner");
  return (
    <section aria-labelledby="banner-title" className="card flex flex-col gap-4">
      <h2 id="banner-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <FormAlert state={state} />
      <figure className="flex flex-col gap-2">
        {/* A plain img: the route serves the stored file as it is, there is nothing for next/image to optimise. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={src}
          alt={own ? t("ownAlt", { organization }) : t("defaultAlt")}
          width={1200}
          height={300}
          className="h-auto w-full max-w-3xl rounded border border-slate-300"
        />
        <figcaption className="text-sm text-slate-700">
          {t("current")}: {own ? t("usingOwn") : t("usingDefault")}
        </figcaption>
      </figure>
      <ActionForm formAction={action} state={state} aria-label={t("upload")} className="flex flex-col gap-3">
        <input type="hidden" name="intent" value="upload" />
        <FileField name="banner" label={t("file")} hint={t("fileHint")} error={error} accept="image/png,image/jpeg" />
        <div>
          <SubmitButton pendingLabel={t("uploading")}>{t("upload")}</SubmitButton>
        </div>
      </ActionForm>
      {own ? (
        <ActionForm formAction={action} state={state} aria-label={t("remove")}>
          <input type="hidden" name="intent" value="remove" />
          <button type="submit" className="btn-danger">
            {t("remove")}
          </button>
        </ActionForm>
      ) : null}
    </section>
  );
}
