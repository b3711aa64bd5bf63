import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './markdown-text';

const html = (text: string) => renderToStaticMarkup(<MarkdownText>{text}</MarkdownText>);

describe('Markdown from the database', () => {
  it('renders headings, lists, emphasis and links', () => {
    const out = html('## Subsidie\n\n- **€ 20.311,10** per groep\n\n[Meer](https://example.org)');
    expect(out).toContain('<h2>Subsidie</h2>');
    expect(out).toContain('<li><strong>€ 20.311,10</strong> per groep</li>');
    expect(out).toContain('<a href="https://example.org">Meer</a>');
  });

  it('renders a table of agreements', () => {
    const out = html('| Afspraak | Wat |\n| --- | --- |\n| Trainers | wie ze levert |');
    expect(out).toContain('<th>Afspraak</th>');
    expect(out).toContain('<td>Trainers</td>');
  });

  it('drops raw HTML: no script, no event handler, no iframe', () => {
    const out = html(
      'Tekst <script>alert(1)</script> en <img src=x onerror="alert(1)"> en <iframe src="https://x"></iframe>\n\n<div onclick="alert(1)">klik</div>',
    );
    expect(out).not.toMatch(/<script|onerror|onclick|<iframe|<img/i);
    expect(out).toContain('Tekst');
  });

  it('keeps no javascript: or data: link', () => {
    const out = html('[klik](javascript:alert(1)) [plaatje](data:text/html;base64,PHNjcmlwdD4=)');
    expect(out).not.toMatch(/javascript:|data:text/i);
  });
});
