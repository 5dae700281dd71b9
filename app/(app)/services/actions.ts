"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { memberAction } from "@/lib/actions";
import {
  createService,
  removeSheetItem,
  saveCareStory,
  saveKeyFigure,
  updateService,
  updateSheet,
} from "@/lib/services/mutations";
import { careStorySchema, keyFigureSchema, serviceSchemaFor, sheetSchema } from "@/lib/services/schemas";
import { env } from "@/lib/env";
import { idField } from "@/lib/validation";

const serviceId = z.object({ serviceId: idField });
/** Present when an existing item is edited, absent for a new one. */
const itemId = z.object({ itemId: idField.optional() });
// Without a geocoder the coordinates must come from the form (typed or picked on the map).
const serviceSchema = serviceSchemaFor({ coordinatesRequired: !env.GEOCODER_URL });

async function saved(serviceId: string, key: "saved" | "sheetSaved" | "itemSaved" | "itemRemoved") {
  revalidatePath(`/services/${serviceId}`, "layout");
  return { ok: true as const, message: (await getTranslations("services"))(key) };
}

export const createServiceAction = memberAction("services.create", serviceSchema, async (input, member) => {
  const service = await createService(member, input);
  redirect(`/services/${service.id}`);
});

export const updateServiceAction = memberAction(
  "services.edit",
  serviceSchema.and(serviceId),
  async (input, member) => {
    // The id picks the row; it is not a column to write.
    const { serviceId, ...data } = input;
    await updateService(member, serviceId, data);
    return saved(serviceId, "saved");
  },
);

export const updateSheetAction = memberAction("services.edit", sheetSchema.and(serviceId), async (input, member) => {
  const { serviceId, ...data } = input;
  await updateSheet(member, serviceId, data);
  return saved(serviceId, "sheetSaved");
});

export const saveKeyFigureAction = memberAction(
  "services.edit",
  keyFigureSchema.and(serviceId).and(itemId),
  async ({ serviceId, itemId, ...data }, member) => {
    await saveKeyFigure(member, serviceId, itemId ?? null, data);
    return saved(serviceId, "itemSaved");
  },
);

export const saveCareStoryAction = memberAction(
  "services.edit",
  careStorySchema.and(serviceId).and(itemId),
  async ({ serviceId, itemId, ...data }, member) => {
    await saveCareStory(member, serviceId, itemId ?? null, data);
    return saved(serviceId, "itemSaved");
  },
);

export const removeSheetItemAction = memberAction(
  "services.edit",
  serviceId.extend({ itemId: idField, kind: z.enum(["figure", "story"], "notFound") }),
  async ({ serviceId, itemId, kind }, member) => {
    await removeSheetItem(member, serviceId, kind, itemId);
    return saved(serviceId, "itemRemoved");
  },
);
