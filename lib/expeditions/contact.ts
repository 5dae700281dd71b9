/** "Katrien Coppens · katrien@kempenrode.be · 014 12 34 00": the contact person for the whole expedition. */
export function expeditionContact(expedition: { contactName: string; contactEmail: string; contactPhone: string }) {
  return [expedition.contactName, expedition.contactEmail, expedition.contactPhone].filter(Boolean).join(" · ");
}
