import { switchOrganization } from "../actions";

/** Only shown to someone who works for more than one local government. */
export function OrganizationSwitcher({
  current,
  organizations,
  label,
  submit,
}: {
  current: string;
  organizations: { id: string; name: string }[];
  label: string;
  submit: string;
}) {
  if (organizations.length < 2) return null;
  return (
    <form action={switchOrganization} className="flex items-center gap-2">
      <label htmlFor="organizationId" className="text-sm">
        {label}
      </label>
      <select
        id="organizationId"
        name="organizationId"
        defaultValue={current}
        className="rounded border border-slate-500 px-2 py-1"
      >
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="submit" className="btn-secondary">
        {submit}
      </button>
    </form>
  );
}
