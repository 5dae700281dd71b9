import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { geocode } from "@/lib/services/geocoder";
import { removeSheetItem, saveCareStory, saveKeyFigure, updateSheet } from "@/lib/services/mutations";
import { careStorySchema, keyFigureSchema } from "@/lib/services/schemas";
import { createMember, createPlannedExpedition } from "../helpers/factories";

let coordinator: Member;
let stranger: Member;
let own: Awaited<ReturnType<typeof createPlannedExpedition>>;
let other: Awaited<ReturnType<typeof createPlannedExpedition>>;
let contact: Member;

beforeAll(async () => {
  coordinator = await createMember("Gemeente Kempenrode");
  stranger = await createMember("Gemeente Heidebeek");
  own = await createPlannedExpedition(coordinator);
  other = await createPlannedExpedition(coordinator, "2099-04-20");
  contact = { ...coordinator, role: "SERVICE_CONTACT", serviceIds: [own.service.id] };
});

const figure = (value: string, label = "plaatsen kinderopvang") => keyFigureSchema.parse({ label, value, unit: "" });

describe("presentation sheet", () => {
  it("lets a service contact fill in their own sheet", async () => {
    await updateSheet(contact, own.service.id, {
      description: "Wij zorgen voor 96 bewoners.",
      audience: "Ouderen",
      challenges: "Personeel vinden",
      projects: "",
      userParticipation: "",
    });
    await saveKeyFigure(contact, own.service.id, null, figure("38.500", "uren gezinszorg"));
    await saveKeyFigure(contact, own.service.id, null, figure("8,6", "tevredenheid"));
    const service = await prisma.careService.findUniqueOrThrow({
      where: { id: own.service.id },
      include: { keyFigures: { orderBy: { position: "asc" } } },
    });
    expect(service.description).toBe("Wij zorgen voor 96 bewoners.");
    expect(service.keyFigures.map((f) => [f.label, f.value, f.position])).toEqual([
      ["uren gezinszorg", 38500, 0],
      ["tevredenheid", 8.6, 1],
    ]);
  });

  it("changes and removes a figure only through its own service", async () => {
    const [first] = await prisma.keyFigure.findMany({
      where: { serviceId: own.service.id },
      orderBy: { position: "asc" },
    });
    await saveKeyFigure(contact, own.service.id, first!.id, figure("39.000", "uren gezinszorg"));
    expect((await prisma.keyFigure.findUniqueOrThrow({ where: { id: first!.id } })).value).toBe(39000);
    // The figure's id with another service's id: not found, nothing changed.
    await expect(saveKeyFigure(coordinator, other.service.id, first!.id, figure("1"))).rejects.toMatchObject({
      key: "notFound",
    });
    await expect(removeSheetItem(coordinator, other.service.id, "figure", first!.id)).rejects.toMatchObject({
      key: "notFound",
    });
    expect((await prisma.keyFigure.findUniqueOrThrow({ where: { id: first!.id } })).value).toBe(39000);
    await removeSheetItem(contact, own.service.id, "figure", first!.id);
    expect(await prisma.keyFigure.findUnique({ where: { id: first!.id } })).toBeNull();
  });

  it("refuses a service contact on another service and another organization on any", async () => {
    const before = await prisma.careService.findUniqueOrThrow({ where: { id: other.service.id } });
    const sheet = { description: "Gekaapt", audience: "", challenges: "", projects: "", userParticipation: "" };
    await expect(updateSheet(contact, other.service.id, sheet)).rejects.toMatchObject({ key: "notFound" });
    await expect(updateSheet(stranger, own.service.id, sheet)).rejects.toMatchObject({ key: "notFound" });
    await expect(saveKeyFigure(stranger, own.service.id, null, figure("1"))).rejects.toMatchObject({
      key: "notFound",
    });
    const story = careStorySchema.parse({ quote: "x", tellerRole: "bewoner" });
    await expect(saveCareStory(contact, other.service.id, null, story)).rejects.toMatchObject({ key: "notFound" });
    expect(await prisma.careService.findUniqueOrThrow({ where: { id: other.service.id } })).toEqual(before);
    expect(await prisma.careStory.count({ where: { serviceId: other.service.id } })).toBe(0);
  });

  it("never stores a teller's name without consent", async () => {
    await saveCareStory(contact, own.service.id, null, {
      quote: "Hier voel ik me thuis.",
      tellerRole: "bewoner",
      tellerName: "Maria Peeters",
      nameConsent: false,
      consentNote: "",
    });
    const story = await prisma.careStory.findFirstOrThrow({ where: { serviceId: own.service.id } });
    expect(story).toMatchObject({ tellerName: "", nameConsent: false, tellerRole: "bewoner" });
  });

  it("numbers figures saved at the same moment one after the other", async () => {
    const service = (await createPlannedExpedition(coordinator, "2099-05-11")).service;
    await Promise.all(["1", "2", "3", "4"].map((v) => saveKeyFigure(coordinator, service.id, null, figure(v))));
    const positions = (await prisma.keyFigure.findMany({ where: { serviceId: service.id } })).map((f) => f.position);
    expect(positions.sort()).toEqual([0, 1, 2, 3]);
  });

  it("caps the number of figures on one sheet", async () => {
    const service = (await createPlannedExpedition(coordinator, "2099-05-04")).service;
    for (let i = 0; i < 8; i++) await saveKeyFigure(coordinator, service.id, null, figure(String(i)));
    await expect(saveKeyFigure(coordinator, service.id, null, figure("9"))).rejects.toMatchObject({
      key: "tooManyFigures",
    });
    expect(await prisma.keyFigure.count({ where: { serviceId: service.id } })).toBe(8);
  });
});

describe("geocoder", () => {
  let server: Server;
  let baseUrl: string;
  const requests: URL[] = [];

  beforeAll(async () => {
    // A Nominatim-compatible peer: one known address, an error for "Kapotstraat", nothing for the rest.
    server = createServer((request, response) => {
      const url = new URL(request.url!, "http://localhost");
      requests.push(url);
      if (url.searchParams.get("street") === "Kapotstraat 1") {
        response.writeHead(500).end("kapot");
        return;
      }
      const found = url.pathname === "/search" && url.searchParams.get("street") === "Lindenlaan 20";
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(found ? [{ lat: "51.2031", lon: "4.8127", display_name: "Lindenlaan 20" }] : []));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const address = (street: string) => ({ street, postalCode: "2275", city: "Kempenrode" });

  it("asks the configured service for the address and reads its answer", async () => {
    expect(await geocode(address("Lindenlaan 20"), baseUrl)).toEqual({ latitude: 51.2031, longitude: 4.8127 });
    const asked = requests.at(-1)!;
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({
      format: "jsonv2",
      street: "Lindenlaan 20",
      postalcode: "2275",
      city: "Kempenrode",
      countrycodes: "be",
    });
  });

  it("answers null when nothing is found, the service fails, or none is configured", async () => {
    expect(await geocode(address("Onbestaandestraat 9"), baseUrl)).toBeNull();
    expect(await geocode(address("Kapotstraat 1"), baseUrl)).toBeNull();
    expect(await geocode(address("Lindenlaan 20"), "http://127.0.0.1:1")).toBeNull();
    expect(await geocode(address("Lindenlaan 20"), undefined)).toBeNull();
  });
});
