package cn.kaoping.schemes;

/** A scheme document made for a tenant from a template, not stored yet. */
public record SchemeCopy(String schemeId, int year, String name, String template, String document) {
}
