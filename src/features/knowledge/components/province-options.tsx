import { useProvinces } from '../../../data/queries/provinces';

/** A province select's options: first "none" (the empty value), then the twelve provinces. */
export function ProvinceOptions({ none }: { none: string }) {
  const { data: provinces } = useProvinces();
  return (
    <>
      <option value="">{none}</option>
      {provinces?.features.map((f) => (
        <option key={f.id} value={f.id}>
          {f.properties.name}
        </option>
      ))}
    </>
  );
}
