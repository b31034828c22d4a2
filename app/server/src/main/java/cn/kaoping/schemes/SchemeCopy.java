package cn.kaoping.schemes;

/**
 * A scheme document made from a template or another version, not stored yet.
 *
 * @param origin where it comes from: {@code file:xingan/yangguang-2006.scheme.json},
 *               {@code tenant:xingan/xingan-yangguang-2006} or {@code clone:xingan-yangguang-2006/1}
 */
public record SchemeCopy(String origin, SchemeDocument document) {

    public String schemeId() {
        return document.schemeId();
    }
}
