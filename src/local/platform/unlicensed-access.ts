/**
 * Who besides licensed Jira users a portal module may be shown to, per module type, as the Forge
 * manifest reference documents it:
 * - `jiraServiceManagement:portalRequestDetail` "supports interaction with customer accounts and
 *   unlicensed accounts. It does not support anonymous access"
 *   (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-detail/);
 * - `jiraServiceManagement:portalHeader` and `portalSubheader` support "anonymous users, customer
 *   accounts, and unlicensed accounts"
 *   (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-header/,
 *   https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-subheader/).
 * Other modules are for licensed users only. A manifest asking for more is refused, as Forge's
 * validation refuses it; a module is framed for a customer only when it lists `customer`.
 */
export const UNLICENSED_ACCESS: Readonly<Record<string, readonly string[]>> = {
  'jiraServiceManagement:portalRequestDetail': ['customer', 'unlicensed'],
  'jiraServiceManagement:portalHeader': ['anonymous', 'customer', 'unlicensed'],
  'jiraServiceManagement:portalSubheader': ['anonymous', 'customer', 'unlicensed'],
  // "supports interaction with anonymous users, customer accounts, and unlicensed accounts"
  // (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-footer/).
  'jiraServiceManagement:portalFooter': ['anonymous', 'customer', 'unlicensed'],
};

/** The module's `unlicensedAccess`, or why Forge would refuse it. */
export function checkUnlicensedAccess(type: string, key: string, listed: unknown): string[] {
  if (listed === undefined) return [];
  if (!Array.isArray(listed) || listed.some((entry) => typeof entry !== 'string'))
    throw new Error(`manifest.yml: ${type} ${key}: unlicensedAccess must be a list`);
  const supported = UNLICENSED_ACCESS[type] ?? [];
  const refused = (listed as string[]).filter((entry) => !supported.includes(entry));
  if (refused.length > 0)
    throw new Error(
      `manifest.yml: ${type} ${key}: unlicensedAccess ${refused.join(', ')} is not supported by this module` +
        (supported.length > 0 ? ` (it supports ${supported.join(', ')})` : ''),
    );
  return listed as string[];
}

/** Whether a module may be framed for this viewer (`licensed`, `customer` or `anonymous`). */
export function mayFrameFor(module: { unlicensedAccess?: readonly string[] }, viewer: string): boolean {
  return viewer === 'licensed' || (module.unlicensedAccess ?? []).includes(viewer);
}
