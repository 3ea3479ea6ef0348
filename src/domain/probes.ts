/**
 * Paths that scanners ask for on any server (`/.env`, `/wp-login.php`, `/.git/config`, `/actuator`…):
 * a 404 on one says something about who asked, not about the service's routes.
 */
const PROBE_PATHS: RegExp[] = [
  /\/wp-(login|admin|content|includes|json|config)/i,
  /xmlrpc\.php/i,
  /php-?my-?admin|\/pma\b|\/myadmin|\/mysqladmin|\/adminer/i,
  /\/\.(env|git|svn|hg|aws|ssh|docker|htaccess|htpasswd|ds_store|vscode|idea)\b/i,
  /\/cgi-bin\//i,
  /\/(vendor\/phpunit|solr\/admin|actuator|server-status|boaform|hnap1|owa\/|autodiscover|telescope|_ignition|console\/|manager\/html|jmx-console|invoker)/i,
  /\/(config|settings|database|db|backup|dump|credentials|secrets?)\.(json|ya?ml|sql|bak|old|zip|tar\.gz|ini|conf)\b/i,
  /\.(bak|old|swp|sql|tar\.gz|zip)$/i,
  /etc\/passwd|\.\.\/|%2e%2e/i,
];
export const SCRIPT_EXTENSION = /\.(php\d?|asp|aspx|jsp|cgi|pl)(\/|$|\?)/i;

/** A probe: a listed path, or a script URL on a service that answers none (`servesPhp`: it does). */
export function isProbePath(path: string, servesPhp: boolean): boolean {
  if (PROBE_PATHS.some((re) => re.test(path))) return true;
  return !servesPhp && SCRIPT_EXTENSION.test(path);
}

/** A path on the list alone, whatever the service serves (its script URLs are not known yet). */
export function isListedProbe(path: string): boolean {
  return isProbePath(path, true);
}
