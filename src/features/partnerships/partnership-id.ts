/** Whether a path segment can be a partnership's id (a UUID); anything else is "not found". */
export const isPartnershipId = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
