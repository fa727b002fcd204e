import { html } from '../../../src/local/host/html';
import { commentBody } from '../../../src/local/host/pages/parts';

const render = (body: string) => html`${commentBody(body)}`.value;

describe('comment text on the local site’s pages', () => {
  it('links the invitation’s score links, as Jira renders wiki links', () => {
    expect(render('Answer: [1|http://localhost:4310/x1/ab?t=x.y]  [2|https://a.example/x1/ab?t=p&q=1]')).toBe(
      'Answer: <a href="http://localhost:4310/x1/ab?t=x.y">1</a>  <a href="https://a.example/x1/ab?t=p&amp;q=1">2</a>',
    );
  });

  it('leaves everything else as text: markup, other link targets', () => {
    expect(render('<b>hi</b> [x|javascript:alert(1)] [y|http://a"onmouseover=1]')).toBe(
      '&lt;b&gt;hi&lt;/b&gt; [x|javascript:alert(1)] <a href="http://a&quot;onmouseover=1">y</a>',
    );
  });
});
