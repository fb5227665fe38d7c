/** What this Excel did not take (no LAMBDA, fit-to-pages not kept), in the same words after Create plan and Analyse data. */
interface Props {
  readonly features: readonly string[] | undefined;
  readonly className: string;
}

export function SkippedFeatures({ features, className }: Props) {
  if (!features || features.length === 0) return null;
  return <p className={className}>Left out, as this Excel cannot take them: {features.join("; ")}.</p>;
}
