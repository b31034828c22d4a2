package cn.kaoping.jurisdiction;

import java.util.List;

/** A jurisdiction in the tree view of the registry. */
public record JurisdictionNode(String code, String name, JurisdictionLevel level, List<JurisdictionNode> children) {
}
