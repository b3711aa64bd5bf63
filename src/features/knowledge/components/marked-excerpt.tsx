/**
 * A search excerpt from the database with the matching words between « and »: shown as text
 * with those words in <mark>, never as HTML (the text comes from users).
 */
export function MarkedExcerpt({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}
