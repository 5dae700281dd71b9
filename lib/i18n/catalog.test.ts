import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import nl from "./messages/nl.json";

type Catalog = { [key: string]: string | Catalog };

function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("message catalogs", () => {
  it("English has exactly the Dutch keys", () => {
    expect(keys(en as Catalog).sort()).toEqual(keys(nl as Catalog).sort());
  });

  it("every placeholder of a Dutch message is in its English translation", () => {
    const flat = (c: Catalog) =>
      Object.fromEntries(
        keys(c).map((k) => [k, k.split(".").reduce<unknown>((o, p) => (o as Catalog)[p], c) as string]),
      );
    const nlFlat = flat(nl as Catalog);
    const enFlat = flat(en as Catalog);
    // The arguments a message takes, also inside plural and select branches (whose option words are not arguments).
    const placeholders = (message: string): string[] => {
      const names = (elements: MessageFormatElement[]): string[] =>
        elements.flatMap((element) => [
          ...("value" in element && element.type !== TYPE.literal ? [element.value] : []),
          ...("options" in element ? Object.values(element.options).flatMap((option) => names(option.value)) : []),
        ]);
      return names(parse(message)).sort();
    };
    for (const [key, message] of Object.entries(nlFlat)) {
      expect(new Set(placeholders(enFlat[key]!)), key).toEqual(new Set(placeholders(message)));
    }
  });

  it("every error key the code raises has a Dutch message", () => {
    const validation = Object.keys((nl as Catalog).validation as Catalog);
    const raised = new Set<string>();
    for (const file of sourceFiles(path.resolve("lib"))) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/new UserError\(\s*"(\w+)"/g)) raised.add(match[1]!);
      if (/schemas\.ts$|validation\.ts$/.test(file)) {
        for (const match of source.matchAll(
          /(?:min|max|regex|refine|email|enum|number|pipe|message:)\([^)]*?"(\w+)"\s*\)?/g,
        ))
          raised.add(match[1]!);
        for (const match of source.matchAll(/message: "(\w+)"/g)) raised.add(match[1]!);
      }
    }
    expect(raised.size).toBeGreaterThan(30);
    expect([...raised].filter((key) => !validation.includes(key))).toEqual([]);
  });
});
