import { describe, expect, it } from "vitest";
import { serviceSchema } from "./schemas";

const valid = {
  name: "WZC Hof ter Linden",
  type: "RESIDENTIAL_CARE",
  street: "Lindenlaan 20",
  postalCode: "2275",
  city: "Kempenrode",
  latitude: "51,2031",
  longitude: "4.8127",
  contactName: "Greet Van Looy",
};

describe("care service form", () => {
  it("accepts Belgian decimal commas in coordinates", () => {
    expect(serviceSchema.parse(valid)).toMatchObject({ latitude: 51.2031, longitude: 4.8127, contactEmail: "" });
  });

  it.each([
    [{ name: "" }, "serviceNameRequired"],
    [{ type: "HOSPITAL" }, "serviceTypeRequired"],
    [{ postalCode: "22750" }, "postalCodeInvalid"],
    [{ postalCode: "0999" }, "postalCodeInvalid"],
    [{ latitude: "noord" }, "latitudeInvalid"],
    [{ latitude: "91" }, "latitudeInvalid"],
    [{ longitude: "" }, "longitudeInvalid"],
    [{ contactEmail: "greet@" }, "emailInvalid"],
  ])("rejects %j", (change, key) => {
    const result = serviceSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(key);
  });
});
