import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Markdown from the database (with tables, GitHub style), rendered as React elements: raw HTML in the text is dropped, not
 * rendered (so no script or event handler can come in), and links keep only safe protocols
 * (react-markdown's default URL filter turns javascript: and the like into nothing).
 */
export function MarkdownText({ children }: { children: string }) {
  return (
    <div className="markdown">
      <Markdown skipHtml remarkPlugins={[remarkGfm]}>
        {children}
      </Markdown>
    </div>
  );
}
