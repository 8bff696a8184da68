/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** The page to render, handed over by the build (scripts/build-site.ts); absent on the dev server. */
    page?: import("./data/pages").PageData;
  }
}
