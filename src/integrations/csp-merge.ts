/** Merging Content Security Policies (pure; src/integrations/security-headers.ts uses it). */

/** Directive name → its sources, merged across every page's policy. */
export function mergePolicies(policies: string[]): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  return merged;
}
