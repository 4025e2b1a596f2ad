/**
 * What assistive technology gets from Chromium: its own accessibility tree (over
 * the DevTools protocol), not a re-computation, so that names given by CSS
 * (alternative text of generated content), aria-hidden and relations count as
 * they do for a screen reader.
 */
import type { CDPSession, Page } from '@playwright/test';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** An exposed node as a screen reader meets it: its role, name and description. */
export interface Exposed {
  role: string;
  name: string;
  description: string;
}

async function session(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  return cdp;
}

const str = (v: AXValue | undefined) => (typeof v?.value === 'string' ? v.value : '');

/**
 * The element's content in reading order, as a screen reader's reading cursor
 * meets it: each exposed text, and each link, heading or note as one item (its
 * role and name; a link's text is its name, so it is not repeated).
 */
export async function readingOrder(page: Page, selector: string): Promise<Exposed[]> {
  const cdp = await session(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!start) throw new Error(`${selector} is not in the accessibility tree`);
    const out: Exposed[] = [];
    const walk = (n: AXNode | undefined, top: boolean) => {
      if (!n) return;
      const role = str(n.role);
      const leaf = role === 'StaticText' || role === 'link';
      if (!n.ignored && !top && (leaf || role === 'note' || role === 'heading')) {
        out.push({ role, name: str(n.name), description: str(n.description) });
      }
      if (!leaf) for (const c of n.childIds ?? []) walk(byId.get(c), false);
    };
    walk(start, true);
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Every exposed node of the page with this role. */
export async function exposedWithRole(page: Page, role: string): Promise<Exposed[]> {
  const cdp = await session(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && str(n.role) === role)
      .map((n) => ({ role, name: str(n.name), description: str(n.description) }));
  } finally {
    await cdp.detach();
  }
}

/** Reading order as one line: links as [link "name"], texts as they are. */
export const spoken = (items: Exposed[]) => items.map((i) => (i.role === 'StaticText' ? i.name : `[${i.role} "${i.name}"]`)).join(' ').replace(/\s+/g, ' ');
