package org.isnad.store.resolve;

import java.util.List;

/**
 * Where to look for candidates of a local entity.
 *
 * @param exact   keys that only entities with the same name, known identity or Latin name are filed under
 * @param partial keys of short forms, nisbas and kunyas: large blocks, looked up with a cap
 */
public record BlockingKeys(List<String> exact, List<String> partial) {}
