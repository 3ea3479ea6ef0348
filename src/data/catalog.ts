/**
 * The vocabulary of synthetic traffic: user agents, referrers, address blocks, probe paths, resource
 * nouns. Plain data, so the realism of the logs can be reviewed in one place.
 */

export const BROWSER_AGENTS: ReadonlyArray<readonly [string, number]> = [
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 30],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 16],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 10],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0', 6],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67', 8],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36', 3],
  ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0', 1],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1', 12],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36', 6],
  ['Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36', 5],
  ['Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 3],
];

export const MOBILE_APP_AGENTS: readonly string[] = [
  'ExampleApp/5.12.0 (iPhone; iOS 17.4.1; Scale/3.00)',
  'ExampleApp/5.11.2 (iPhone; iOS 17.3; Scale/3.00)',
  'ExampleApp/5.12.0 (com.example.app; build:51200; Android 14) okhttp/4.12.0',
  'ExampleApp/5.11.2 (com.example.app; build:51102; Android 13) okhttp/4.11.0',
];

/** Scheduled programs that keep asking for a file or an endpoint: config management, cron jobs, monitors, feed readers. */
export const JOB_AGENTS: readonly string[] = [
  'Chef Client/18.4.12 (ruby-3.1.4; ohai-18.1.4; x86_64-linux; +https://chef.io)',
  'Puppet/8.6.0 Ruby/3.2.4-p170 (x86_64-linux)',
  'ansible-httpget',
  'backup-sync/1.4.2 (cron)',
  'Tiny Tiny RSS/23.04 (https://tt-rss.org/)',
  'UptimeRobot/2.0 (http://www.uptimerobot.com/)',
];

/** What such a program asks for that is not there: an artifact it was never given, a feed or health URL that never existed. */
export const JOB_PATHS: readonly string[] = [
  '/files/agent/agent-2.7.1-1.x86_64.rpm',
  '/config/nodes/web-07.yaml',
  '/exports/nightly/latest.csv',
  '/feed/rss',
  '/healthz',
];

/** Customers' integrations and scripts. */
export const SDK_AGENTS: ReadonlyArray<readonly [string, number]> = [
  ['example-sdk-python/3.4.1 python/3.11.8', 10],
  ['example-sdk-node/2.9.0 node/20.12.2', 9],
  ['example-sdk-go/1.18.3', 4],
  ['example-sdk-java/4.2.0 (Java 17.0.10)', 4],
  ['python-requests/2.31.0', 8],
  ['axios/1.6.8', 6],
  ['Go-http-client/2.0', 4],
  ['okhttp/4.12.0', 3],
  ['curl/8.5.0', 3],
  ['Apache-HttpClient/5.3.1 (Java/17.0.10)', 2],
  ['Terraform/1.8.2 terraform-provider-example/0.14.0', 2],
  ['Zapier', 2],
  ['PostmanRuntime/7.37.3', 1],
];

export const MONITOR_AGENTS: readonly string[] = [
  'kube-probe/1.29',
  'Datadog/Synthetics',
  'ELB-HealthChecker/2.0',
  'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)',
];

export interface CrawlerSpec {
  agent: string;
  /** The first three octets of the crawler's published range. */
  prefix: string;
  weight: number;
}

export const CRAWLERS: readonly CrawlerSpec[] = [
  { agent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', prefix: '66.249.66.', weight: 10 },
  {
    agent:
      'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.118 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    prefix: '66.249.68.',
    weight: 8,
  },
  { agent: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', prefix: '40.77.167.', weight: 5 },
  { agent: 'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)', prefix: '5.255.253.', weight: 2 },
  {
    agent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
    prefix: '17.241.219.',
    weight: 2,
  },
  { agent: 'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)', prefix: '54.36.148.', weight: 3 },
  { agent: 'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)', prefix: '185.191.171.', weight: 2 },
  { agent: 'DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)', prefix: '20.191.45.', weight: 1 },
  { agent: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', prefix: '220.181.108.', weight: 1 },
];

export const SCANNER_AGENTS: readonly string[] = [
  'Mozilla/5.0 zgrab/0.x',
  'Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))',
  'sqlmap/1.8.3#stable (https://sqlmap.org)',
  'Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000001)',
  'masscan/1.3 (https://github.com/robertdavidgraham/masscan)',
  'Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)',
  'WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)',
  'Fuzz Faster U Fool v2.1.0-dev',
  'l9explore/1.2.2',
  'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:40.0) Gecko/20100101 Firefox/40.1',
  'python-requests/2.25.1',
];

/** Address blocks scanners commonly come from (first three octets). */
export const SCANNER_PREFIXES: readonly string[] = [
  '45.148.10.',
  '185.224.128.',
  '193.142.146.',
  '89.248.165.',
  '162.142.125.',
  '167.94.138.',
  '198.235.24.',
  '194.26.29.',
  '80.82.77.',
  '146.190.41.',
  '64.62.197.',
  '179.43.180.',
];

/** What vulnerability scanners ask for on every host they find. */
export const PROBE_PATHS: readonly string[] = [
  '/wp-login.php',
  '/wp-admin/',
  '/wp-admin/setup-config.php',
  '/wp-content/plugins/wp-file-manager/readme.txt',
  '/wp-includes/wlwmanifest.xml',
  '/xmlrpc.php',
  '/.env',
  '/.env.local',
  '/.env.production',
  '/.env.backup',
  '/api/.env',
  '/app/.env',
  '/.git/config',
  '/.git/HEAD',
  '/.gitignore',
  '/.svn/entries',
  '/.hg/hgrc',
  '/.DS_Store',
  '/.aws/credentials',
  '/.ssh/id_rsa',
  '/.vscode/sftp.json',
  '/config.json',
  '/config.php',
  '/configuration.php',
  '/phpinfo.php',
  '/info.php',
  '/phpmyadmin/',
  '/phpMyAdmin/index.php',
  '/pma/',
  '/myadmin/',
  '/adminer.php',
  '/admin.php',
  '/administrator/',
  '/server-status',
  '/server-info',
  '/actuator/env',
  '/actuator/heapdump',
  '/jolokia/list',
  '/console/',
  '/manager/html',
  '/solr/admin/info/system',
  '/cgi-bin/luci/;stok=/locale',
  '/boaform/admin/formLogin',
  '/HNAP1/',
  '/owa/auth/logon.aspx',
  '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php',
  '/_ignition/execute-solution',
  '/telescope/requests',
  '/debug/default/view',
  '/backup.zip',
  '/backup.sql',
  '/db.sql',
  '/dump.sql',
  '/site.tar.gz',
  '/storage/logs/laravel.log',
  '/remote/login',
  '/dana-na/auth/url_default/welcome.cgi',
  '/global-protect/login.esp',
  '/v2/_catalog',
  '/druid/index.html',
  '/login.action',
  '/mgmt/tm/util/bash',
  '/Autodiscover/Autodiscover.xml',
  '/docker-compose.yml',
  '/.travis.yml',
  '/web.config',
  '/WEB-INF/web.xml',
  '/shell.php',
  '/cmd.php',
];

/** Probes that are sent as POST (login forms, RPC endpoints). */
export const POST_PROBES: ReadonlySet<string> = new Set(['/xmlrpc.php', '/HNAP1/', '/boaform/admin/formLogin', '/_ignition/execute-solution', '/mgmt/tm/util/bash']);

/** Sites that link to us, sometimes with stale or mistyped URLs. */
export const EXTERNAL_REFERRERS: readonly string[] = [
  'https://www.google.com/',
  'https://www.bing.com/',
  'https://duckduckgo.com/',
  'https://news.ycombinator.com/item?id=39412345',
  'https://www.reddit.com/r/devops/comments/1b7x2k9/',
  'https://stackoverflow.com/questions/70412345/',
  'https://t.co/Xb3kq9LmZa',
  'https://github.com/example-community/awesome-list',
  'https://medium.com/@dev-notes/integrating-the-api-3f9a2c',
  'https://dev.to/someone/getting-started-4k2a',
  'https://www.linkedin.com/',
  'https://partners.example.net/resources',
  'https://forum.example.org/t/webhooks-not-firing/1832',
  'https://web.archive.org/web/2021/',
];

export const SEARCH_REFERRERS: readonly string[] = ['https://www.google.com/', 'https://www.google.com/', 'https://www.bing.com/', 'https://duckduckgo.com/'];

/** First octets of consumer and office networks (home users). */
export const CONSUMER_OCTETS: readonly number[] = [
  24, 31, 37, 46, 62, 68, 71, 73, 77, 78, 81, 82, 84, 86, 88, 90, 92, 95, 98, 109, 151, 174, 176, 178, 188, 195, 212, 213, 217,
];

/** First octets of cloud egress ranges (customers' integrations run in the cloud). */
export const CLOUD_OCTETS: readonly number[] = [3, 13, 18, 20, 34, 35, 44, 52, 54, 104];

export const TENANT_NAMES: readonly string[] = [
  'acme',
  'globex',
  'initech',
  'umbrella',
  'hooli',
  'stark',
  'wayne',
  'wonka',
  'tyrell',
  'cyberdyne',
  'soylent',
  'vandelay',
  'piedpiper',
  'aperture',
  'blackmesa',
  'oscorp',
  'monarch',
  'gringotts',
  'dundermifflin',
  'sterling',
  'bluth',
  'krusty',
  'massive',
  'virtucon',
  'nakatomi',
  'weyland',
  'oceanic',
  'duff',
  'pollos',
  'kramerica',
  'contoso',
  'fabrikam',
  'northwind',
  'tailspin',
  'wingtip',
  'adatum',
  'litware',
  'proseware',
  'lucerne',
  'fourthcoffee',
  'alpine',
  'blueyonder',
  'cohowinery',
  'margie',
  'trey',
  'woodgrove',
  'relecloud',
  'humongous',
];

export const INTEGRATION_PURPOSES: readonly string[] = ['etl', 'sync', 'crm-connector', 'billing-export', 'zapier', 'terraform', 'ci', 'warehouse'];

export const INTERNAL_SERVICES: readonly string[] = [
  'orders-worker',
  'notification-dispatcher',
  'reporting-etl',
  'search-indexer',
  'billing-cron',
  'webhook-relay',
  'graphql-gateway',
  'mobile-bff',
  'audit-shipper',
  'sync-scheduler',
  'export-runner',
  'edge-router',
];

/** Resource nouns by service prefix; `billing` nouns are the ones a `billing-admin` role guards. */
export const SERVICE_NOUNS: Readonly<Record<string, readonly string[]>> = {
  checkout: ['orders', 'carts', 'checkout-sessions'],
  billing: ['invoices', 'payments', 'subscriptions'],
  accounts: ['members', 'profiles', 'api-keys'],
  search: ['queries', 'indexes', 'synonyms'],
  orders: ['orders', 'line-items', 'returns'],
  inventory: ['products', 'stock-levels', 'warehouses'],
  catalog: ['products', 'categories', 'prices'],
  payments: ['payments', 'refunds', 'payouts'],
  shipping: ['shipments', 'rates', 'carriers'],
  notifications: ['notifications', 'templates', 'channels'],
  invoices: ['invoices', 'credit-notes', 'tax-rates'],
  subscriptions: ['subscriptions', 'plans', 'coupons'],
  reports: ['reports', 'schedules', 'exports'],
  tickets: ['tickets', 'comments', 'macros'],
  files: ['files', 'folders', 'shares'],
  webhooks: ['webhooks', 'deliveries', 'endpoints'],
};

export const GENERIC_NOUNS: readonly string[] = [
  'projects',
  'documents',
  'reports',
  'tickets',
  'webhooks',
  'files',
  'events',
  'jobs',
  'comments',
  'tasks',
  'contacts',
  'campaigns',
  'records',
  'workflows',
  'dashboards',
  'alerts',
];

export const BILLING_NOUNS: ReadonlySet<string> = new Set([
  'invoices',
  'payments',
  'subscriptions',
  'refunds',
  'payouts',
  'prices',
  'credit-notes',
  'tax-rates',
  'plans',
  'coupons',
]);

export const SUBRESOURCES: readonly string[] = ['items', 'events', 'history', 'attachments', 'lines', 'activity'];

/** Prefixes for generated service names; suffixes decide API or web. */
export const SERVICE_PREFIXES: readonly string[] = [
  'orders',
  'billing',
  'accounts',
  'checkout',
  'inventory',
  'catalog',
  'search',
  'payments',
  'shipping',
  'notifications',
  'users',
  'auth',
  'reports',
  'analytics',
  'pricing',
  'cart',
  'reviews',
  'recommendations',
  'media',
  'files',
  'messaging',
  'webhooks',
  'audit',
  'ledger',
  'invoices',
  'subscriptions',
  'tax',
  'fraud',
  'loyalty',
  'promotions',
  'support',
  'tickets',
  'chat',
  'maps',
  'geo',
  'fleet',
  'booking',
  'calendar',
  'identity',
  'profile',
  'feed',
  'comments',
  'imports',
  'exports',
  'scheduler',
  'workflow',
  'forms',
  'documents',
  'templates',
  'dashboards',
  'metrics',
  'flags',
  'experiments',
  'content',
  'cms',
  'storefront',
  'partners',
  'onboarding',
];

export const SERVICE_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['api', 5],
  ['service', 3],
  ['gateway', 1],
  ['backend', 1],
  ['web', 1],
  ['frontend', 1],
];

/** Words for slugs (no digits, so route templates keep them literal like real page names). */
export const SLUG_WORDS: readonly string[] = [
  'getting',
  'started',
  'quick',
  'guide',
  'pricing',
  'plans',
  'webhooks',
  'security',
  'sso',
  'billing',
  'invoices',
  'teams',
  'roles',
  'permissions',
  'api',
  'keys',
  'tokens',
  'oauth',
  'migration',
  'release',
  'notes',
  'export',
  'import',
  'reports',
  'dashboard',
  'mobile',
  'sdk',
  'python',
  'node',
  'limits',
  'errors',
  'pagination',
  'search',
  'filters',
  'audit',
  'log',
  'integrations',
  'slack',
  'zapier',
  'customers',
  'stories',
  'announcing',
  'new',
  'faster',
  'workflows',
  'templates',
  'automation',
  'compliance',
  'privacy',
  'uptime',
];

export const DOC_SECTIONS: readonly string[] = ['guides', 'reference', 'tutorials', 'concepts', 'sdks', 'changelog'];

export const PRODUCT_WORDS: readonly string[] = [
  'classic',
  'pro',
  'mini',
  'max',
  'lite',
  'travel',
  'studio',
  'field',
  'urban',
  'trail',
  'desk',
  'lamp',
  'chair',
  'backpack',
  'bottle',
  'jacket',
  'sneaker',
  'watch',
  'speaker',
  'headphones',
  'keyboard',
  'mouse',
  'monitor',
  'stand',
];
