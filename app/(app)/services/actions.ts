"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { COORDINATOR_ONLY } from "@/lib/auth/session";
import { createService, updateService } from "@/lib/services/mutations";
import { serviceSchema } from "@/lib/services/schemas";
import { idField } from "@/lib/validation";

export const createServiceAction = memberAction(COORDINATOR_ONLY, serviceSchema, async (input, member) => {
  await createService(member, input);
  redirect("/services");
});

// Service contacts may edit their own service; updateService checks which ones.
export const updateServiceAction = memberAction(
  ["COORDINATOR", "SERVICE_CONTACT"],
  serviceSchema.and(z.object({ serviceId: idField })),
  async (input, member) => {
    // The id picks the row; it is not a column to write.
    const { serviceId, ...data } = input;
    await updateService(member, serviceId, data);
    revalidatePath("/services", "layout");
    return { ok: true, message: (await getTranslations("services"))("saved") };
  },
);
