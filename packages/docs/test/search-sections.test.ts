import { describe, expect, it } from 'vitest';
import { searchSections } from '../site/.vitepress/search-sections.js';

// A page as VitePress's Markdown renders it for the search index (headings with the theme's permalink).
const anchor = (id: string) => `<a class="header-anchor" href="#${id}" aria-label="Permalink to &quot;${id}&quot;">&ZeroWidthSpace;</a>`;
const html = [
  `<p>Reference › TalkPlus</p>`,
  `<h1 id="member-added" tabindex="-1"><code>member_added</code> ${anchor('member-added')}</h1>`,
  `<p>Users were added to a channel.</p>`,
  `<h2 id="fields" tabindex="-1">Fields ${anchor('fields')}</h2>`,
  `<table class="field-table" tabindex="0"><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Nullable</th><th>Description</th></tr></thead><tbody>`,
  `<tr><td><a id="field-channel-members-id"></a><a href="#field-channel-members-id"><code>channel<wbr>.members[]<wbr>.id</code></a></td><td><code>string</code></td><td>yes</td><td>no</td><td>User ID of the member &amp; more.<br>Examples: <code>&quot;user123&quot;</code>.</td></tr>`,
  `</tbody></table>`,
  `<h3 id="talkpluschannel" tabindex="-1"><a id="type-TalkplusChannel"></a><code>TalkplusChannel</code> ${anchor('talkpluschannel')}</h3>`,
  `<p>object. A channel.</p>`,
].join('\n');

describe('search sections', () => {
  const sections = [...searchSections(html)];

  it('makes one section per heading, titled by its parents, and leaves out what comes before the first heading', () => {
    expect(sections.map((section) => [section.anchor, section.titles])).toEqual([
      ['member-added', ['member_added']],
      ['fields', ['member_added', 'Fields']],
      ['field-channel-members-id', ['member_added', 'Fields', 'channel.members[].id']],
      ['type-TalkplusChannel', ['member_added', 'Fields', 'TalkplusChannel']],
    ]);
    expect(sections[0]!.text).toBe('Users were added to a channel.');
  });

  it('makes a field row a section at its anchor, with its type and description as text, out of the table section', () => {
    expect(sections[2]!.text).toBe('string User ID of the member & more. Examples: "user123".');
    expect(sections[1]!.text).toBe('Field Type Required Nullable Description');
  });

  it("indexes a heading with an explicit anchor under that anchor, titled without the theme's permalink", () => {
    expect(sections[3]).toEqual({
      anchor: 'type-TalkplusChannel',
      titles: ['member_added', 'Fields', 'TalkplusChannel'],
      text: 'object. A channel.',
    });
  });
});
