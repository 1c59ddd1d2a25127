package dev.playbook.model;

/** Who can read a reply on a channel. */
public enum Visibility {
  /** Anyone: a tweet, a public comment. */
  PUBLIC,
  /** Only the customer: chat, direct message, email. */
  PRIVATE
}
