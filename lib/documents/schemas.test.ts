import { describe, expect, it } from "vitest";
import { syllabusQuerySchema } from "./schemas";

describe("syllabus query", () => {
  it("means all services without a list", () => {
    expect(syllabusQuerySchema.parse({}).services).toBe("all");
    expect(syllabusQuerySchema.parse({ services: " , " }).services).toBe("all");
  });

  it("reads a comma-separated list of ids, without repeats", () => {
    expect(syllabusQuerySchema.parse({ services: "cabc123, cdef456,cabc123" }).services).toEqual([
      "cabc123",
      "cdef456",
    ]);
  });

  it("refuses anything that is not an id", () => {
    expect(syllabusQuerySchema.safeParse({ services: "x' OR 1=1" }).success).toBe(false);
  });
});
