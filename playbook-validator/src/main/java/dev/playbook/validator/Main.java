package dev.playbook.validator;

public final class Main {
  public static void main(String[] args) {}
}
