import { expect, test } from "@playwright/test";
import { expectAccessible, linkIn, signIn, waitForMail } from "./helpers";

// The whole loop of the foundation: a coordinator prepares an expedition, invites a mandatary by mail,
// the mandatary answers through the personal link, and the coordinator sees the answer.
test("coordinator plans, invites, and sees the mandatary's answer", async ({ page, browser }) => {
  await signIn(page);
  await expectAccessible(page);

  const expeditionUrl = await test.step("A new expedition", async () => {
    await page.getByRole("link", { name: "Nieuwe expeditie" }).click();
    await expect(page.getByRole("heading", { name: "Nieuwe expeditie" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Titel").fill("Expeditie Zorg voorjaar");
    await page.getByLabel("Eerste dag").fill("2099-04-14");
    await page.getByLabel("Laatste dag").fill("2099-04-14");
    await page.getByLabel("Naam").fill("Katrien Coppens");
    await page.getByLabel("Praktische afspraken").fill("Stevige schoenen aan.");
    await page.getByLabel("Datum").fill("2099-04-07");
    await page.getByLabel("Uur").fill("12:00");
    await page.getByRole("button", { name: "Bewaren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Expeditie Zorg voorjaar" })).toBeVisible();
    await expectAccessible(page);
    return page.url();
  });

  await test.step("A care service", async () => {
    await page.getByRole("link", { name: "Zorgdiensten" }).click();
    await page.getByRole("link", { name: "Nieuwe zorgdienst" }).click();
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Naam", exact: true }).first().fill("Assistentiewoningen De Vlinder");
    await page.getByLabel("Soort zorgdienst").selectOption({ label: "woonzorgcentrum" });
    await page.getByLabel("Straat en huisnummer").fill("Vlinderstraat 5");
    await page.getByLabel("Postcode").fill("2275");
    await page.getByLabel("Gemeente").fill("Kempenrode");
    await page.getByLabel("Breedtegraad").fill("51,1950");
    await page.getByLabel("Lengtegraad").fill("4,8010");
    await page
      .getByRole("group", { name: "Contactpersoon die de bezoekers ontvangt" })
      .getByLabel("Naam")
      .fill("Mieke Vos");
    await page.getByRole("button", { name: "Bewaren" }).click();
    // The new service's own page, with its (still empty) presentation sheet.
    await expect(page.getByRole("heading", { level: 1, name: "Assistentiewoningen De Vlinder" })).toBeVisible();
    await expect(page.getByText("De fiche is nog niet ingevuld.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("A mandatary", async () => {
    await page.getByRole("link", { name: "Mandatarissen" }).click();
    await page.getByRole("link", { name: "Nieuwe mandataris" }).click();
    await expectAccessible(page);
    await page.getByLabel("Voornaam").fill("Lieve");
    await page.getByLabel("Achternaam").fill("Daems");
    await page.getByLabel("Functie").selectOption({ label: "schepen" });
    await page.getByLabel("E-mailadres").fill("lieve.daems@example.org");
    await page.getByRole("group", { name: "Bevoegdheden" }).getByLabel("Ouderenzorg").check();
    await page.getByLabel("Andere bevoegdheden").fill("Wonen");
    await page.getByRole("button", { name: "Bewaren" }).click();
    await expect(page.getByRole("cell", { name: "Ouderenzorg, Wonen" })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("A fixed programme with a timed stop", async () => {
    await page.goto(expeditionUrl);
    await page.getByRole("link", { name: "Programma bewerken" }).click();
    await expectAccessible(page);
    const newProgramme = page.getByRole("form", { name: "Nieuw dagprogramma" });
    await newProgramme.getByLabel("Naam").fill("Bezoekdag");
    await newProgramme.getByRole("textbox", { name: "Dag", exact: true }).fill("2099-04-14");
    await newProgramme.getByRole("button", { name: "Dagprogramma aanmaken" }).click();
    await expect(page.getByText("Dagprogramma ‘Bezoekdag’ aangemaakt. Pas het hieronder aan.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /^Bezoekdag — / })).toBeVisible();
    const addStop = page.getByRole("form", { name: "Onderdeel toevoegen" });
    await addStop
      .getByRole("combobox", { name: "Zorgdienst", exact: true })
      .selectOption({ label: "Assistentiewoningen De Vlinder" });
    await addStop.getByRole("textbox", { name: "Van", exact: true }).fill("10:00");
    await addStop.getByRole("textbox", { name: "Tot", exact: true }).fill("11:30");
    await addStop.getByRole("textbox", { name: "Wat gebeurt er", exact: true }).fill("Koffie met de bewoners");
    await addStop.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    await expect(addStop.getByRole("status")).toContainText("Onderdeel toegevoegd.");
    await expect(
      page
        .getByRole("region", { name: "Tijdlijn" })
        .getByRole("heading", { level: 3, name: "1. 10:00–11:30 · Assistentiewoningen De Vlinder" }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  const link = await test.step("Invitations", async () => {
    await page.goto(expeditionUrl);
    await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
    await page.getByLabel(/Lieve Daems/).check();
    await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
    await expect(page.getByText("1 uitnodiging klaargezet voor verzending.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Lieve Daems/ })).toContainText("Nog geen antwoord");
    await expectAccessible(page);

    const mail = await waitForMail("lieve.daems@example.org", /Uitnodiging: Expeditie Zorg voorjaar/);
    expect(mail.text).toContain("Beste Lieve Daems");
    expect(mail.text).toContain(
      "10:00–11:30  Assistentiewoningen De Vlinder, Vlinderstraat 5, 2275 Kempenrode — Koffie met de bewoners",
    );
    expect(mail.text).toContain("Stevige schoenen aan.");
    expect(mail.text).toContain("Katrien Coppens");
    return linkIn(mail.text, "/rsvp/");
  });

  await test.step("The mandatary, without an account, answers through the link", async () => {
    const mandatary = await browser.newContext();
    const phone = await mandatary.newPage();
    await phone.goto(link);
    await expect(phone.getByRole("heading", { name: "Expeditie Zorg voorjaar" })).toBeVisible();
    await expectAccessible(phone);
    await phone.getByLabel("Ja, ik kom").check();
    await phone.getByLabel("Opmerking (niet verplicht)").fill("Ik kom met de fiets.");
    await phone.getByRole("button", { name: "Antwoord versturen" }).click();
    await expect(phone.getByRole("status")).toContainText("We hebben genoteerd dat je komt");
    await expectAccessible(phone);
    await mandatary.close();
  });

  await test.step("The coordinator sees the answer", async () => {
    await page.reload();
    const row = page.getByRole("row", { name: /Lieve Daems/ });
    await expect(row).toContainText("Komt");
    await expect(row).toContainText("Ik kom met de fiets.");
    await expect(page.getByText("1 uitgenodigd: 1 komt, 0 misschien, 0 komt niet, 0 nog geen antwoord.")).toBeVisible();
  });
});
