import { describe, expect, it } from "vitest";
import { mergeStaleEdit, programmeSettingsValues, stopFormValues } from "./form-values";

const saved = stopFormValues({
  id: "s1",
  kind: "VISIT",
  serviceId: "wzc",
  title: "",
  placeName: "",
  street: "",
  postalCode: "",
  city: "",
  latitude: null,
  longitude: null,
  startsAt: new Date("2027-03-16T09:00:00Z"),
  endsAt: new Date("2027-03-16T10:00:00Z"),
  activity: "Rondleiding door de tuin",
  handsOnTask: "",
  welcomedBy: "",
  userParticipation: "",
  notes: "",
  isOption: false,
  capacity: null,
  travelMode: null,
  travelMinutes: 12,
});

describe("stop form values", () => {
  it("shows a saved stop as the form's texts, times on the Brussels clock", () => {
    expect(saved).toMatchObject({
      startTime: "10:00",
      endTime: "11:00",
      isOption: "",
      travelMinutes: "12",
      capacity: "",
    });
  });

  it("after a stale save keeps the other editor's change and only what this editor changed", () => {
    // This editor's form was built when the activity was "Koffie"; they changed only the note.
    const original = { ...saved, activity: "Koffie" };
    const submitted = { ...original, notes: "Parkeren achter het gebouw" };
    const merged = mergeStaleEdit(saved, original, submitted);
    expect(merged.activity).toBe("Rondleiding door de tuin");
    expect(merged.notes).toBe("Parkeren achter het gebouw");
  });

  it("an unticked checkbox (absent from the post) counts as a change when it was ticked", () => {
    const original = { ...saved, isOption: "on" };
    const submitted: Record<string, string> = { ...original };
    delete submitted.isOption;
    expect(mergeStaleEdit({ ...saved, isOption: "on" }, original, submitted).isOption).toBe("");
  });

  it("without the original form (a forged post) it shows the stop as saved now", () => {
    expect(mergeStaleEdit(saved, {}, { notes: "x" }).notes).toBe("");
  });
});

describe("programme settings values", () => {
  const settings = programmeSettingsValues({
    id: "p1",
    version: 7,
    name: "Busronde dinsdag",
    day: new Date("2027-03-16T00:00:00Z"),
    kind: "FIXED",
    travelMode: "BUS",
    groupSize: null,
    notes: "",
  });

  it("shows the programme as the settings form's texts", () => {
    expect(settings).toEqual({
      id: "p1",
      version: "7",
      name: "Busronde dinsdag",
      day: "2027-03-16",
      kind: "FIXED",
      travelMode: "BUS",
      groupSize: "",
      notes: "",
    });
  });

  it("a stale settings form keeps the other editor's new name and its own group size", () => {
    const now = { ...settings, version: "8", name: "Busronde met de schepenen" };
    const merged = mergeStaleEdit(now, settings, { ...settings, groupSize: "12" });
    expect(merged).toMatchObject({ name: "Busronde met de schepenen", groupSize: "12", version: "8" });
  });
});
