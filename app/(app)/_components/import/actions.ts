"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { memberAction, type ActionState } from "@/lib/actions";
import { UserError } from "@/lib/errors";
import { confirmImport, createImportDraft } from "@/lib/import/mutations";
import { confirmSchema, readMapping, uploadFileField, uploadSchema } from "@/lib/import/schemas";
import { LIST_PATH } from "./paths";

/** Reads the uploaded file into a draft and opens its preview. The file is in the FormData, not the form object. */
export async function uploadImportAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return memberAction("lists.import", uploadSchema, async ({ kind }, member) => {
    const file = uploadFileField.safeParse(formData.get("file"));
    if (!file.success) throw new UserError(file.error.issues[0]?.message ?? "importNoFile", {}, "file");
    let draftId: string;
    try {
      const bytes = new Uint8Array(await file.data.arrayBuffer());
      draftId = (await createImportDraft(member, kind, { name: file.data.name, type: file.data.type, bytes })).id;
    } catch (error) {
      // The file's problems belong beside the file field.
      if (error instanceof UserError) throw new UserError(error.key, error.values, "file");
      throw error;
    }
    redirect(`${LIST_PATH[kind]}/import/${draftId}`);
  })(previous, formData);
}

/** Imports the whole draft with the mapping shown on the page, or nothing. */
export const confirmImportAction = memberAction("lists.import", confirmSchema, async (input, member) => {
  const mapping = readMapping(input.kind, input) ?? {};
  const result = await confirmImport(member, input.kind, input.draftId, mapping);
  revalidatePath(LIST_PATH[input.kind]);
  redirect(`${LIST_PATH[input.kind]}/import?created=${result.created}&updated=${result.updated}`);
});
