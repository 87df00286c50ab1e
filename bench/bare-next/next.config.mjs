// The bare Next 16 App Router page the public site's reading pages are weighed against
// (bench/site.ts): the web app's own options that change what a page ships or sends, nothing else.
/** @type {import("next").NextConfig} */
const config = {
  poweredByHeader: false,
  reactStrictMode: true,
  expireTime: 3600,
};

export default config;
