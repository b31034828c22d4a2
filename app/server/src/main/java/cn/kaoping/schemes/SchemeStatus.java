package cn.kaoping.schemes;

/** Where a scheme version is in its life: a draft may still change; a published version never does. */
public enum SchemeStatus {
    DRAFT, PUBLISHED
}
