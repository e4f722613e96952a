interface ImportMetaEnv {
  /** The site's origin, from LECTERN_SITE_URL at build time; empty when not configured. */
  readonly LECTERN_SITE_URL: string;
}
