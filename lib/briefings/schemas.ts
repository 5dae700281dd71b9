import { z } from "zod";
import { idField } from "@/lib/validation";

export const sendBriefingsSchema = z.object({ expeditionId: idField });
