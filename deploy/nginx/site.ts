import { DOWNLOADS } from "@legible/api/open-data";

// The public site's nginx configuration, made in one place: docs/production.md shows it (a test
// compares), bench:heavy measures it, and a test serves with it. nginx does what a web machine's
// one Node thread should not: it streams the open-data files from the shared folder itself, and
// turns away the public API and search calls beyond each address's pace and beyond what the web
// machines can answer while their pages keep their speed. The numbers are in SITE_LIMITS, each
// with its reason; bench:heavy measured them (docs/production.md).

export const SITE_LIMITS = {
  /**
   * Public API requests per address: the site's own limit is 120 calls a minute
   * (LEGIBLE_PUBLIC_RATE_LIMIT), 2 a second. nginx holds a client's requests beyond that pace
   * (up to `burst`, at most 5 s of waiting) instead of passing them on, and refuses the rest.
   */
  apiPerAddress: { perSecond: 2, burst: 10 },
  /** Search pages per address: a person reads results between searches; one a second is plenty. */
  searchPagePerAddress: { perSecond: 1, burst: 5 },
  /**
   * API calls and search pages per web machine, together. A search at 100k measures takes one
   * machine's thread 10-30 ms (bench:scale); 10 a second leave most of each second to pages.
   */
  dynamicPerMachine: { perSecond: 10, burst: 10 },
  /**
   * Of those, search pages per web machine: a page is a whole server render on top of the search,
   * several times an API search's work. bench:heavy at 100k: at 10 a second the other reader's
   * p99 went to 2.1-3.7× its own; at 4, 1.16× (docs/production.md, "Measured").
   */
  searchPagesPerMachine: { perSecond: 4, burst: 4 },
  /** API calls and search pages in flight per web machine: the API's own concurrency (4). */
  dynamicInFlightPerMachine: 4,
  /** Seconds a refused client is told to wait (the site's own busy answer says 5). */
  retryAfterSeconds: 5,
} as const;

/** What nginx gzips besides HTML (always compressed): the site's text answers. */
const COMPRESSED_TYPES = [
  "text/css",
  "text/plain",
  "text/csv",
  "text/calendar",
  "text/x-component",
  "application/javascript",
  "application/json",
  "application/xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "image/svg+xml",
];

export interface SiteNginxOptions {
  /** What `listen` takes: `443 ssl`, or `127.0.0.1:4700` for a test. */
  listen: string;
  serverName: string;
  /** The web machines, `host:port`. */
  webMachines: readonly string[];
  /**
   * Web processes kept for the public API and the search pages, `host:port` (the same site, a
   * second process per machine, say on port 3002). A search holds a Node thread for tens of
   * milliseconds; on a process of its own it never stands in front of a page. Without them, the
   * web machines answer those too.
   */
  searchMachines?: readonly string[];
  /** LEGIBLE_DATA_DIR as this nginx sees it: the folder the staff app's job writes. */
  dataDir: string;
  /**
   * Addresses of a proxy in front (a CDN) whose X-Forwarded-For names the client. Empty when
   * nginx is the edge: then the connection's address is the client's.
   */
  trustForwardedFrom?: readonly string[];
  /** Adds the certificate lines (commented) for a TLS listener. */
  tls?: boolean;
  /** Other numbers than SITE_LIMITS', to measure them (bench:heavy --limits). */
  limits?: SiteLimits;
}

export type SiteLimits = {
  [key in keyof typeof SITE_LIMITS]: (typeof SITE_LIMITS)[key] extends number
    ? number
    : { [part in keyof (typeof SITE_LIMITS)[key]]: number };
};

/** The `http { }` block's part for the public site: zones, the upstream and the server. */
export function siteNginxConfig(options: SiteNginxOptions): string {
  const searchMachines = options.searchMachines?.length ? options.searchMachines : null;
  const machines = (searchMachines ?? options.webMachines).length;
  const dynamicUpstream = searchMachines ? "legible_search" : "legible_web";
  const limits: SiteLimits = options.limits ?? SITE_LIMITS;
  const retry = limits.retryAfterSeconds;
  // A location that paces each address, then holds every address together within what the
  // machines answer; its refusals are the site's own words for that kind of answer.
  const limitedLocation = (
    match: string,
    perAddressZone: string,
    burst: number,
    answers: "api" | "page",
    ownMachineZone: string[] = [],
  ) => [
    `    location ${match} {`,
    `        limit_req zone=${perAddressZone} burst=${burst};`,
    ...ownMachineZone,
    `        limit_req zone=legible_dynamic_all burst=${limits.dynamicPerMachine.burst * machines} nodelay;`,
    `        limit_conn legible_dynamic_in_flight ${limits.dynamicInFlightPerMachine * machines};`,
    `        error_page 429 @legible_${answers}_too_many;`,
    `        error_page 503 @legible_${answers}_busy;`,
    `        proxy_pass http://${dynamicUpstream};`,
    "    }",
  ];
  const data = `${options.dataDir.replace(/\/+$/, "")}/current`;
  const realIp = (options.trustForwardedFrom ?? []).length
    ? [
        "    # The proxy in front names the client in X-Forwarded-For: limits count that address.",
        ...(options.trustForwardedFrom ?? []).map((address) => `    set_real_ip_from ${address};`),
        "    real_ip_header X-Forwarded-For;",
        "    real_ip_recursive on;",
        "",
      ]
    : [];
  const apiTooMany = trpcError(
    `Too many requests from your address. Wait ${retry} seconds, then try again.`,
    -32029,
    "TOO_MANY_REQUESTS",
    429,
  );
  const apiBusy = trpcError(`This server is busy. Try again in ${retry} seconds.`, -32603, "SERVICE_UNAVAILABLE", 503);
  // One answer for both of a search page's limits (nginx cannot tell a refusal's zone apart):
  // too many from this address, or from everyone at once.
  const pageTooMany = plainPage(
    "Too many searches",
    `Too many searches right now. Wait ${retry} seconds, then try again.`,
    `Demasiadas búsquedas en este momento. Espere ${retry} segundos y vuelva a intentarlo.`,
  );
  const pageBusy = plainPage(
    "Busy",
    `The site is busy. Try again in ${retry} seconds.`,
    `El sitio está ocupado. Vuelva a intentarlo en ${retry} segundos.`,
  );
  const lines = [
    "# Made by deploy/nginx/site.ts; docs/production.md explains each number.",
    `limit_req_zone $binary_remote_addr zone=legible_api_per_address:10m rate=${limits.apiPerAddress.perSecond}r/s;`,
    `limit_req_zone $binary_remote_addr zone=legible_search_per_address:10m rate=${limits.searchPagePerAddress.perSecond}r/s;`,
    `limit_req_zone $server_name zone=legible_dynamic_all:1m rate=${limits.dynamicPerMachine.perSecond * machines}r/s;`,
    `limit_req_zone $server_name zone=legible_search_pages_all:1m rate=${limits.searchPagesPerMachine.perSecond * machines}r/s;`,
    "limit_conn_zone $server_name zone=legible_dynamic_in_flight:1m;",
    "",
    "upstream legible_web {",
    "    # Round-robin (nginx's default). A machine that fails is skipped for 10 s.",
    ...options.webMachines.map((machine) => `    server ${machine} max_fails=1 fail_timeout=10s;`),
    "    keepalive 32;",
    "}",
    ...(searchMachines
      ? [
          "upstream legible_search {",
          "    # The search processes: the public API and the search pages, apart from the pages.",
          ...searchMachines.map((machine) => `    server ${machine} max_fails=1 fail_timeout=10s;`),
          "    keepalive 16;",
          "}",
        ]
      : []),
    "",
    "server {",
    `    listen ${options.listen};`,
    `    server_name ${options.serverName};`,
    ...(options.tls ? ["    # ssl_certificate …; ssl_certificate_key …;"] : []),
    "",
    ...realIp,
    "    proxy_http_version 1.1;",
    '    proxy_set_header Connection "";',
    "    proxy_set_header Host $host;",
    "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "    proxy_set_header X-Forwarded-Proto $scheme;",
    "    proxy_set_header X-Request-Id $request_id;",
    "    proxy_next_upstream error timeout http_502 http_503;",
    "    limit_req_status 429;",
    "    limit_conn_status 503;",
    "    # Refusals are logged at warn, below Debian's error_log level, so a flood is not written",
    "    # out line by line: at warn, 200 clients wrote 270 MB a minute on the pages' cores.",
    "    limit_req_log_level warn;",
    "    limit_conn_log_level warn;",
    "    sendfile on;",
    "    tcp_nopush on;",
    "    # nginx compresses what the machines send, as Next's self-hosting guide advises behind a",
    "    # proxy: a machine gzipping each cached explainer itself served 385 a second, not 630.",
    '    proxy_set_header Accept-Encoding "";',
    "    gzip on;",
    "    gzip_proxied any;",
    "    gzip_vary on;",
    "    gzip_min_length 1024;",
    `    gzip_types ${COMPRESSED_TYPES.join(" ")};`,
    "",
    "    location / {",
    "        proxy_pass http://legible_web;",
    "    }",
    "    location @legible_web {",
    "        proxy_pass http://legible_web;",
    "    }",
    "",
    "    # The public API: each address at its pace, and all of them within what the machines answer.",
    ...limitedLocation("/api/trpc", "legible_api_per_address", limits.apiPerAddress.burst, "api"),
    "    # The search pages (English and Spanish) and their feeds: the same, at a person's pace.",
    ...limitedLocation(
      "~ ^/(?:es/)?search(?:/|$)",
      "legible_search_per_address",
      limits.searchPagePerAddress.burst,
      "page",
      [
        `        limit_req zone=legible_search_pages_all burst=${limits.searchPagesPerMachine.burst * machines} nodelay;`,
      ],
    ),
    ...refusal("@legible_api_too_many", 429, "application/json", apiTooMany, retry),
    ...refusal("@legible_api_busy", 503, "application/json", apiBusy, retry),
    ...refusal("@legible_page_too_many", 429, "text/html; charset=utf-8", pageTooMany, retry),
    ...refusal("@legible_page_busy", 503, "text/html; charset=utf-8", pageBusy, retry),
    "",
    "    # The open-data files, straight from the folder the staff app's job writes (its `current`",
    "    # link names the newest whole set), gzipped copy included, with the headers the site's own",
    "    # route sends; before the first write there is no file and the site answers (503, being",
    "    # prepared). Any other address under /data/ is the site's.",
    ...DOWNLOADS.flatMap((download) => {
      const stored = download.path.slice("/data/".length).replaceAll("/", "-");
      const name = download.path.slice(download.path.lastIndexOf("/") + 1);
      return [
        `    location = ${download.path} {`,
        `        root ${data};`,
        `        try_files /${stored} @legible_web;`,
        "        types { }",
        `        default_type "${download.contentType}";`,
        "        gzip_static on;",
        "        gzip_vary off;",
        `        add_header Content-Disposition 'attachment; filename="${name}"';`,
        `        add_header Cache-Control "public, max-age=60";`,
        `        add_header Access-Control-Allow-Origin "*";`,
        `        add_header Vary "Accept-Encoding";`,
        "    }",
      ];
    }),
    "}",
  ];
  return `${lines.join("\n")}\n`;
}

function refusal(name: string, status: number, contentType: string, body: string, retry: number): string[] {
  return [
    `    location ${name} {`,
    `        default_type "${contentType}";`,
    `        add_header Retry-After ${retry} always;`,
    "        add_header Cache-Control no-store always;",
    `        return ${status} '${body}';`,
    "    }",
  ];
}

/** The site's own refusal as tRPC shapes it (packages/api/src/http/public-rate-limit.ts). */
function trpcError(message: string, code: number, name: string, httpStatus: number): string {
  return JSON.stringify({ error: { message, code, data: { code: name, httpStatus } } });
}

function plainPage(title: string, english: string, spanish: string): string {
  return [
    '<!doctype html><html lang="en"><meta charset="utf-8">',
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`,
    `<main><h1>${english}</h1><p lang="es">${spanish}</p></main></html>`,
  ].join("");
}

/**
 * The configuration docs/production.md shows: two web machines, each with a second site process
 * for search on port 3002, TLS, nginx at the edge.
 */
export const PRODUCTION_EXAMPLE: SiteNginxOptions = {
  listen: "443 ssl",
  serverName: "legible.example",
  webMachines: ["web-1:3000", "web-2:3000"],
  searchMachines: ["web-1:3002", "web-2:3002"],
  dataDir: "/srv/legible/open-data",
  tls: true,
};

// `npx tsx deploy/nginx/site.ts` prints the example, to paste into docs/production.md.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.stdout.write(siteNginxConfig(PRODUCTION_EXAMPLE));
}
