package org.isnad.export.stix;

import org.isnad.export.map.EntityClass;
import org.isnad.export.map.RelationMap;

/**
 * STIX relationship types for Isnad relations. Two profiles:
 * <ul>
 *   <li>{@code opencti} (default): types STIX 2.1 defines or OpenCTI accepts between the two object
 *       types (part-of, employed-by, attributed-to, cooperates-with, located-at, originates-from),
 *       else {@code related-to}; the Isnad type is always kept in {@code x_isnad_relation}.</li>
 *   <li>{@code custom}: the Isnad type as a custom relationship type (leader-of, member-of…), for
 *       consumers that accept any relationship type.</li>
 * </ul>
 */
public final class RelationshipTypes {
    public enum Profile { opencti, custom }

    /** A relationship type and whether source and target are swapped relative to subject and object. */
    public record Choice(String type, boolean reversed) {}

    private RelationshipTypes() {}

    public static Choice choose(Profile profile, RelationMap.Row row, EntityClass subject, EntityClass object) {
        if (profile == Profile.custom) return new Choice(row.stixCustom(), false);
        String s = subject.stix(), o = object.stix();
        if (row.type().equals("LOCATED_IN"))
            return new Choice(!o.equals("location") ? "related-to" : s.equals("intrusion-set") ? "originates-from" : "located-at", false);
        if (row.affiliation() > 0) {
            if (object.individual()) return new Choice("related-to", false);
            boolean groups = !subject.individual();
            if (s.equals("threat-actor") && o.equals("threat-actor"))
                return new Choice(groups && row.type().equals("AFFILIATED_WITH") ? "cooperates-with" : "part-of", false);
            if (s.equals("intrusion-set") && o.equals("threat-actor")) return new Choice("attributed-to", false);
            if (s.equals("threat-actor") && o.equals("intrusion-set")) return new Choice("attributed-to", true);
            if (s.equals("identity") && o.equals("identity")) return new Choice("part-of", false);
            if (s.equals("threat-actor") && o.equals("identity")) return new Choice(subject.individual() ? "employed-by" : "attributed-to", false);
            return new Choice("related-to", false);
        }
        if (row.affiliation() < 0) {
            boolean actor = s.equals("threat-actor") || s.equals("intrusion-set");
            if (actor && (o.equals("threat-actor") || o.equals("identity"))) return new Choice("attributed-to", false);
            return new Choice("related-to", false);
        }
        return new Choice("related-to", false);
    }
}
