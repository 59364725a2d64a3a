/**
 * Where `apt-key` no longer exists. apt deprecated it in 2.1 (Debian 11, bullseye) and removed it
 * in 2.9.26 (apt's Debian changelog), so Debian 13 (trixie) and later ship no `apt-key`: a RUN
 * that calls it stops with "apt-key: not found" (reported against the trixie images of
 * neurodebian, home-assistant's dev container and others in 2025).
 */

/** Release names in a tag that mean trixie or later (`node:22-trixie-slim`, `buildpack-deps:trixie`). */
export const RELEASES_WITHOUT_APT_KEY = /(^|[-_.])(trixie|forky|duke|sid)([-_.]|$)/;

/** Tags of the `debian` image that are trixie or later (`stable` and `latest` moved to trixie in August 2025). */
export const DEBIAN_TAGS_WITHOUT_APT_KEY = /^(13|14|stable|testing|unstable|latest)([-._]|$)/;
