// A Redocly CLI plugin for `npm run docs`: its decorator writes each `x-cs-quirks` list into the description beside it,
// as a Markdown list, so that the rendered page shows every quirk (Redoc would show the extension as raw JSON, and
// not at all on the document itself). The document on disk is unchanged; lint does not apply decorators.

/** `<` and `&` as entities, so that Markdown shows a summary's `<docker-py APIError string>` instead of eating it. */
const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The quirks as Markdown: one item per {id, summary}. */
function quirksMarkdown(quirks) {
  return ['**Quirks** (`x-cs-quirks`):', '', ...quirks.map((q) => `- \`${q.id}\`: ${escapeHtml(q.summary)}`)].join('\n');
}

/** Appends the quirks of `holder` to the description of `target` (the holder itself, or the document's info). */
function withQuirks(holder, target = holder) {
  const quirks = holder['x-cs-quirks'];
  if (!Array.isArray(quirks) || quirks.length === 0) return;
  target.description = [target.description?.trimEnd(), quirksMarkdown(quirks)].filter(Boolean).join('\n\n');
}

const QUIRKS_IN_DESCRIPTIONS = () => ({
  // The document's own quirks go into info.description, which the page shows as the document's description.
  Root: { leave: (root) => root.info && withQuirks(root, root.info) },
  Operation: { leave: (node) => withQuirks(node) },
  Parameter: { leave: (node) => withQuirks(node) },
  Schema: { leave: (node) => withQuirks(node) },
  SecurityScheme: { leave: (node) => withQuirks(node) },
});

export default function csQuirksPlugin() {
  return {
    id: 'cs',
    decorators: { oas3: { 'quirks-in-descriptions': QUIRKS_IN_DESCRIPTIONS } },
  };
}
