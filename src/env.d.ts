declare namespace App {
  interface Locals {
    /** Building a story is about, for diary entries that name a milestone without a building. */
    storyBuilding?: string | undefined;
    /** Path of the story file being rendered, where its <Photo> files are found. */
    storyFile?: string | undefined;
    /** Photos a story has shown so far: only the first loads eagerly. */
    storyPhotosShown?: number | undefined;
  }
}
