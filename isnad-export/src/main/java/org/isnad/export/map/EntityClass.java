package org.isnad.export.map;

import java.util.List;

/**
 * What an entity is exported as.
 *
 * @param stix          identity | threat-actor | intrusion-set | location
 * @param identityClass STIX identity_class (identities), else null
 * @param locationType  OpenCTI location type (locations), else null
 * @param sectors       STIX industry sectors (identities)
 * @param individual    a person (STIX threat actors: resource_level individual)
 * @param ftmSchema     FollowTheMoney schema
 * @param country       ISO 3166-1 alpha-2 (upper case) when known, else null
 */
public record EntityClass(String stix, String identityClass, String locationType, List<String> sectors, boolean individual,
                          String ftmSchema, String country) {}
