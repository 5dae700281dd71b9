import Link from "next/link";

/** A page's h1, with the page's main action (if any) beside it, and an optional way back above it. */
export function PageHeader({
  title,
  back,
  action,
}: {
  title: string;
  back?: { href: string; label: string };
  action?: { href: string; label: string; primary?: boolean } | null;
}) {
  return (
    <>
      {back ? (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{title}</h1>
        {action ? (
          <Link href={action.href} className={action.primary ? "btn-primary" : "btn-secondary"}>
            {action.label}
          </Link>
        ) : null}
      </div>
    </>
  );
}
