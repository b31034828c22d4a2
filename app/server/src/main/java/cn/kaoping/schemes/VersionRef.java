package cn.kaoping.schemes;

import cn.kaoping.platform.error.DomainException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A version of a scheme as a request names it: {@code xingan-yangguang-2006@2}. */
public record VersionRef(String scheme, int version) {

    private static final Pattern TEXT = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)@([1-9][0-9]{0,8})");

    /** The reference written in {@code field}; 400 naming the field when it is not one. */
    public static VersionRef parse(String field, String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new DomainException.Invalid(field, "must name a scheme version as <scheme id>@<version>, e.g. xingan-yangguang-2006@1");
        }
        return new VersionRef(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return scheme + "@" + version;
    }
}
