declare namespace App {
  interface Locals {
    /** Building a story is about, for diary entries that name a milestone without a building. */
    storyBuilding?: string | undefined;
  }
}
